using System.CommandLine;
using Agora.Cli.Rendering;
using Agora.Core.Environments;
using Agora.Core.Environments.GridWorld;
using Agora.Core.Randomness;
using Agora.Core.Spaces;

namespace Agora.Cli.Commands;

/// <summary><c>agora render &lt;env&gt; [--seed N] [--steps N] [--out FILE.png] [--tile PX] [--plain]</c>: look at a gridworld state.</summary>
internal static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var env = new Argument<string>("env") { Description = "A gridworld env id, e.g. MiniGrid-DoorKey-8x8-v0 ('agora list envs')." };
        var seed = new Option<ulong>("--seed", "-s") { Description = "The reset seed (picks the layout).", DefaultValueFactory = _ => 0 };
        var steps = new Option<int>("--steps") { Description = "Random legal steps to take after the reset, seeded by --seed (default 0).", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("--out", "-o") { Description = "Also write the state as a PNG image to this path." };
        var tile = new Option<int>("--tile") { Description = "Pixels per cell in the PNG (4-128, default 32).", DefaultValueFactory = _ => 32 };
        var plain = new Option<bool>("--plain") { Description = "Print the text without ANSI colours." };
        var command = new Command("render", "Print a gridworld state as text (ANSI colours) and optionally write it as PNG.") { env, seed, steps, output, tile, plain };
        command.SetAction(parse =>
        {
            string id = parse.GetValue(env)!;
            if (!EnvRegistry.TryGet(id, out EnvRegistration? registration))
            {
                throw new CliException($"Unknown env '{id}'; 'agora list envs' lists them.");
            }

            if (registration.Create() is not GridWorldEnv grid)
            {
                throw new CliException($"Env '{id}' is not a gridworld; render draws gridworlds only.");
            }

            int n = parse.GetValue(steps);
            if (n < 0)
            {
                throw new CliException($"--steps must be 0 or more; got {n}.");
            }

            int tileSize = parse.GetValue(tile);
            if (tileSize is < 4 or > 128)
            {
                throw new CliException($"--tile must be between 4 and 128; got {tileSize}.");
            }

            ulong s = parse.GetValue(seed);
            grid.Reset(s);
            Walk(grid, n, s);
            context.Out.Write(GridTextRenderer.Render(grid, ansi: !parse.GetValue(plain)));
            context.Out.WriteLine($"{id} seed {s}, step {grid.StepCount}/{grid.MaxSteps}");
            if (parse.GetValue(output) is string path)
            {
                File.WriteAllBytes(path, GridPng.Encode(grid, tileSize));
                context.Out.WriteLine($"wrote {path}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Walk(GridWorldEnv env, int steps, ulong seed)
    {
        var rng = new AgoraRandom(seed).Fork("render-walk");
        var masks = new bool[env.NumAgents * env.NumActions];
        var actions = new int[env.NumAgents];
        var rewards = new float[env.NumAgents];
        var terminated = new bool[env.NumAgents];
        var truncated = new bool[env.NumAgents];
        for (int t = 0; t < steps; t++)
        {
            env.WriteActionMasks(masks);
            for (int a = 0; a < env.NumAgents; a++)
            {
                actions[a] = Math.Max(0, MaskSampling.Pick(ref rng, masks.AsSpan(a * env.NumActions, env.NumActions)));
            }

            env.Step(actions, rewards, terminated, truncated);
            if (Array.TrueForAll(terminated, x => x) || terminated.Zip(truncated).All(p => p.First || p.Second))
            {
                return;
            }
        }
    }
}
