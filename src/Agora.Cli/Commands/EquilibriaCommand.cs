using System.CommandLine;
using System.Globalization;
using Agora.Core.Equilibria;
using Agora.Core.Games;

namespace Agora.Cli.Commands;

/// <summary><c>agora equilibria --game ID [--method support|vertex|lemke-howson|all] [--label N] [--json]</c>: Nash
/// equilibria of a normal-form game, in exact fractions.</summary>
internal static class EquilibriaCommand
{
    private static readonly string[] Methods = ["support", "vertex", "lemke-howson", "all"];

    public static Command Create(CliContext context)
    {
        var game = new Option<string>("--game") { Description = "A normal-form game id (see 'agora list games'), e.g. akata-bos.", Required = true };
        var method = new Option<string>("--method") { Description = "support (support enumeration), vertex (vertex enumeration, for degenerate games), lemke-howson, or all (default).", DefaultValueFactory = _ => "all" };
        var label = new Option<int?>("--label") { Description = "Lemke-Howson's dropped label (0..m-1 rows, m..m+n-1 columns); default every label." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var command = new Command("equilibria", "Nash equilibria of a two-player normal-form game, exact (support enumeration, vertex enumeration, Lemke-Howson).") { game, method, label, json };
        command.SetAction(parse =>
        {
            MatrixGame matrix = ResolveGame(parse.GetValue(game)!);
            string chosen = parse.GetValue(method)!;
            if (!Methods.Contains(chosen, StringComparer.Ordinal))
            {
                throw new CliException($"--method must be one of {string.Join(", ", Methods)}; got '{chosen}'.");
            }

            int? dropped = parse.GetValue(label);
            int labels = matrix.Rows + matrix.Columns;
            if (dropped is { } l && (l < 0 || l >= labels))
            {
                throw new CliException($"--label must be in 0..{labels - 1} for the {matrix.Rows}x{matrix.Columns} game '{matrix.Type.ShortName}'; got {l}.");
            }

            var sections = new List<EquilibriaSection>();
            if (chosen is "support" or "all")
            {
                sections.Add(new("support enumeration", "support-enumeration", [.. SupportEnumeration.Solve(matrix).Select(e => new LabelledEquilibrium(e, null))]));
            }

            if (chosen is "vertex" or "all")
            {
                sections.Add(new("vertex enumeration (extreme equilibria)", "vertex-enumeration", [.. VertexEnumeration.Solve(matrix).Select(e => new LabelledEquilibrium(e, null))]));
            }

            if (chosen is "lemke-howson" or "all")
            {
                sections.Add(new(dropped is { } one ? $"Lemke-Howson, label {one}" : "Lemke-Howson, every dropped label", "lemke-howson", LemkeHowsonPaths(matrix, dropped)));
            }

            context.Out.Write(parse.GetValue(json) ? EquilibriaWriter.Json(matrix, sections) : EquilibriaWriter.Text(matrix, sections));
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<LabelledEquilibrium> LemkeHowsonPaths(MatrixGame game, int? dropped)
    {
        IEnumerable<int> labels = dropped is { } l ? [l] : Enumerable.Range(0, game.Rows + game.Columns);
        var ends = new List<LabelledEquilibrium>();
        foreach (int label in labels)
        {
            NashEquilibrium end = LemkeHowson.Solve(game, label);
            int index = ends.FindIndex(e => e.Equilibrium.Equals(end));
            if (index < 0)
            {
                ends.Add(new LabelledEquilibrium(end, [label]));
            }
            else
            {
                ends[index] = ends[index] with { Labels = [.. ends[index].Labels!, label] };
            }
        }

        return ends;
    }

    internal static MatrixGame ResolveGame(string id)
    {
        if (!GameRegistry.TryGet(id, out IGame? game))
        {
            throw new CliException($"Unknown game '{id}' (see 'agora list games').");
        }

        return game as MatrixGame ?? throw new CliException($"Game '{id}' is not a normal-form game; equilibria are computed for matrix games such as pd.");
    }

    internal static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary>One solver's output.</summary>
internal sealed record EquilibriaSection(string Title, string Method, IReadOnlyList<LabelledEquilibrium> Equilibria);

/// <summary>An equilibrium and, for Lemke-Howson, the dropped labels whose paths end there.</summary>
internal sealed record LabelledEquilibrium(NashEquilibrium Equilibrium, IReadOnlyList<int>? Labels);
