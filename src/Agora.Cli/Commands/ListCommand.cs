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
        var command = new Command("list", "List experiments, games, strategies or environments.") { kind };
        command.SetAction(parse =>
        {
            foreach (var (name, description) in Items(parse.GetValue(kind)!))
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
