using System.Globalization;
using Spectre.Console;

namespace Agora.Cli.Running;

/// <summary>
/// Reports trial progress: a live bar on a terminal, or plain log lines (at most one a second, plus the last) when
/// output is redirected, so logs stay readable.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly CliContext _context;
    private readonly string _label;
    private readonly int _total;
    private readonly long _startTimestamp;
    private long _lastLineTimestamp;
    private int _done;
    private ProgressTask? _task;
    private bool _quiet;

    public ProgressReporter(CliContext context, string label, int alreadyDone, int total)
    {
        _context = context;
        _label = label;
        _done = alreadyDone;
        _total = total;
        _startTimestamp = context.Time.GetTimestamp();
        _lastLineTimestamp = _startTimestamp;
        StartedDone = alreadyDone;
    }

    private int StartedDone { get; }

    /// <summary>Runs <paramref name="body"/> while showing progress; <paramref name="body"/> calls <see cref="TrialDone"/>.</summary>
    public void Run(bool quiet, Action body)
    {
        _quiet = quiet;
        if (quiet)
        {
            body();
            return;
        }

        if (_context.Interactive)
        {
            _context.CreateConsole().Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(progress =>
                {
                    _task = progress.AddTask(Describe(), maxValue: _total);
                    _task.Value = _done;
                    body();
                });
            return;
        }

        _context.Out.WriteLine($"{_label}: {_done}/{_total} trials stored, running {_total - _done}");
        body();
    }

    public void TrialDone()
    {
        _done++;
        if (_quiet)
        {
            return;
        }

        if (_task is not null)
        {
            _task.Value = _done;
            _task.Description = Describe();
            return;
        }

        long now = _context.Time.GetTimestamp();
        if (_done == _total || _context.Time.GetElapsedTime(_lastLineTimestamp, now) >= TimeSpan.FromSeconds(1))
        {
            _lastLineTimestamp = now;
            _context.Out.WriteLine($"{_label}: {Describe()}");
        }
    }

    private string Describe()
    {
        double seconds = _context.Time.GetElapsedTime(_startTimestamp).TotalSeconds;
        int ranHere = _done - StartedDone;
        double rate = seconds > 0 ? ranHere / seconds : 0;
        string eta = rate > 0 ? TimeSpan.FromSeconds(Math.Ceiling((_total - _done) / rate)).ToString("c", CultureInfo.InvariantCulture) : "?";
        return string.Create(CultureInfo.InvariantCulture, $"{_done}/{_total} trials, {rate:0.0} trials/s, ETA {eta}");
    }
}
