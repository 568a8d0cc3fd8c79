using System.CommandLine;
using Agora.Core.Experiments;

namespace Agora.Cli.Commands;

/// <summary><c>agora describe &lt;experiment&gt;</c>: what it measures, its paper, and its parameters with defaults.</summary>
internal static class DescribeCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("experiment") { Description = "The experiment name ('agora list' shows them)." };
        var command = new Command("describe", "Show an experiment's parameters, defaults and paper.") { name };
        command.SetAction(parse =>
        {
            var experiment = Find(parse.GetValue(name)!);
            var output = context.Out;
            output.WriteLine(experiment.Name);
            output.WriteLine($"  {experiment.Summary}");
            output.WriteLine($"  Reference: {experiment.Reference}");
            output.WriteLine("Parameters:");
            foreach (var p in experiment.Parameters)
            {
                output.WriteLine($"  {p.Name} ({Kind(p)}, default {ParameterSpec.Format(p.Default)}{Range(p)})");
                output.WriteLine($"      {p.Description}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static IExperiment Find(string name) =>
        ExperimentCatalog.TryGet(name, out var experiment)
            ? experiment
            : throw new CliException($"Unknown experiment '{name}'; 'agora list experiments' shows the {ExperimentCatalog.All.Count} available.");

    private static string Kind(ParameterSpec p) => p.Kind switch
    {
        ParameterKind.Integer => "integer",
        ParameterKind.Real => "real",
        ParameterKind.Boolean => "boolean",
        ParameterKind.Text => "text",
        _ => "one of " + string.Join("|", p.Choices),
    };

    private static string Range(ParameterSpec p) => (p.Minimum, p.Maximum) switch
    {
        (double lo, double hi) => $", {ParameterSpec.Format(lo)}..{ParameterSpec.Format(hi)}",
        (double lo, null) => $", >= {ParameterSpec.Format(lo)}",
        (null, double hi) => $", <= {ParameterSpec.Format(hi)}",
        _ => string.Empty,
    };
}
