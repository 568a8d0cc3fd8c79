using System.Text.Json;
using Agora.Cli.Store;
using Agora.Core.Experiments;

namespace Agora.Cli.Running;

/// <summary>
/// Stores a run plan's parameter values as JSON (every parameter, defaults filled in) and rebuilds the plan from it,
/// so a resumed run expands to exactly the same trials even if a later Agora changes a default.
/// </summary>
internal static class PlanCodec
{
    public static string ToJson(RunPlan plan)
    {
        var resolved = new Dictionary<string, object[]>();
        foreach (var spec in plan.Experiment.Parameters)
        {
            resolved[spec.Name] = plan.Values.TryGetValue(spec.Name, out var given) ? given.Select(spec.Validate).ToArray() : [spec.Default];
        }

        return JsonSerializer.Serialize(resolved, StoreJson.Options);
    }

    public static RunPlan FromRecord(RunRecord run, IExperiment experiment)
    {
        var stored = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(run.ParametersJson, StoreJson.Options)
            ?? throw new CliException($"Run {run.Id} has no stored parameters.");
        var values = new Dictionary<string, IReadOnlyList<object>>();
        foreach (var (key, element) in stored)
        {
            var spec = experiment.Parameters.FirstOrDefault(p => p.Name == key)
                ?? throw new CliException($"Run {run.Id} was stored with parameter '{key}', which experiment '{experiment.Name}' no longer has.");
            values[key] = element.EnumerateArray().Select(e => spec.Validate(FromJson(e))).ToList();
        }

        return new RunPlan(experiment) { Values = values, Seed = run.Seed, TrialsPerPoint = run.TrialsPerPoint };
    }

    private static object FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt64(out long l) => l,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when double.TryParse(element.GetString(), System.Globalization.CultureInfo.InvariantCulture, out double special) && !double.IsFinite(special) => special,
        _ => element.GetString() ?? string.Empty,
    };
}
