using System.CommandLine;
using Agora.Cli.Store;

namespace Agora.Cli.Commands;

/// <summary><c>agora cache clear</c> / <c>agora cache info</c>: the LLM response cache kept in the run store.</summary>
internal static class CacheCommand
{
    public static Command Create(CliContext context)
    {
        var clearStore = CommonOptions.Store();
        var clear = new Command("clear", "Delete every cached LLM reply (runs and metrics are kept).") { clearStore };
        clear.SetAction(parse =>
        {
            using var cache = Open(context, parse.GetValue(clearStore)!);
            context.Out.WriteLine($"removed {cache.Clear()} cached replies");
            return ExitCodes.Success;
        });

        var infoStore = CommonOptions.Store();
        var info = new Command("info", "Show how many LLM replies are cached.") { infoStore };
        info.SetAction(parse =>
        {
            using var cache = Open(context, parse.GetValue(infoStore)!);
            context.Out.WriteLine($"{cache.Count} cached replies");
            return ExitCodes.Success;
        });

        return new Command("cache", "Inspect or clear the LLM response cache in the store.") { clear, info };
    }

    private static SqliteLlmResponseCache Open(CliContext context, string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"Store '{path}' does not exist; pass --store PATH.");
        }

        try
        {
            return new SqliteLlmResponseCache(path, context.Time);
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message);
        }
    }
}
