using System.CommandLine;
using Agora.Core.Experiments;

namespace Agora.Cli.Commands;

/// <summary><c>agora list [experiments|games|strategies|envs]</c>: one item per line, name first.</summary>
internal static class ListCommand
{
    private static readonly string[] Kinds = ["experiments", "games", "strategies", "envs"];

    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind")
        {
            Description = "What to list: experiments (default), games, strategies or envs.",
            DefaultValueFactory = _ => "experiments",
        };
        kind.AcceptOnlyFromAmong(Kinds);
        var memoryDepth = new Option<int?>("--memory-depth") { Description = "Strategies only: keep those with exactly this memory depth." };
        var deterministic = new Option<bool>("--deterministic") { Description = "Strategies only: keep the deterministic ones." };
        var stochastic = new Option<bool>("--stochastic") { Description = "Strategies only: keep the stochastic ones." };
        var command = new Command("list", "List experiments, games, strategies or environments.") { kind, memoryDepth, deterministic, stochastic };
        command.SetAction(parse =>
        {
            string what = parse.GetValue(kind)!;
            int? depth = parse.GetValue(memoryDepth);
            bool onlyDeterministic = parse.GetValue(deterministic);
            bool onlyStochastic = parse.GetValue(stochastic);
            bool filtered = depth is not null || onlyDeterministic || onlyStochastic;
            if (filtered && what != "strategies")
            {
                throw new CliException($"--memory-depth, --deterministic and --stochastic filter strategies, not {what}.");
            }

            if (onlyDeterministic && onlyStochastic)
            {
                throw new CliException("--deterministic and --stochastic exclude each other; give at most one.");
            }

            if (depth is < 0)
            {
                throw new CliException($"--memory-depth must be at least 0, got {depth}.");
            }

            var items = what == "strategies" ? Catalog.Strategies(depth, onlyStochastic ? true : onlyDeterministic ? false : null) : Items(what);
            foreach (var (name, description) in items)
            {
                context.Out.WriteLine($"{name}\t{description}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static IEnumerable<(string Name, string Description)> Items(string kind) => kind switch
    {
        "experiments" => ExperimentCatalog.All.Select(e => (e.Name, e.Summary)),
        _ => Catalog.Items(kind),
    };
}
