using System.Globalization;
using Agora.Core.Experiments;
using Agora.Core.Randomness;
using Agora.Neural.Autodiff;
using Agora.Neural.Backends;
using Agora.Neural.Modules;
using Agora.Neural.Ops;
using Agora.Neural.Optim;
using Agora.Neural.Probes;
using Agora.Neural.Tasks;

namespace Agora.Neural.Experiments;

/// <summary>
/// <c>attention-sinks</c>: trains a small transformer on the Bigram-Backcopy task and records how the attention sink,
/// the value-state drain and the residual-state peak form (Guo, Pai, Bai, Jiao, Jordan and Mei 2024, arXiv 2410.13835).
/// </summary>
/// <remarks>
/// <para>
/// The model is the paper's (<c>BBM/model.py</c>) scaled down as in the spec's section (d): learned position
/// embeddings, pre-LN blocks without biases, FFN 4·dim, softmax or ReLU/(i+1) attention, untied output; the loss is
/// token cross-entropy over all positions. AdamW uses β = (0.9, 0.99), ε = 1e-8; SGD uses momentum 0.9.
/// </para>
/// <para>
/// Every <c>record-every</c> steps the model is evaluated on a fixed batch: the oracle-weighted backcopy and bigram
/// losses, layer-0 attention on <c>&lt;s&gt;</c> from non-trigger queries (excluding and including query 0), attention
/// on the previous token from trigger queries, ‖W_O v‖ at <c>&lt;s&gt;</c> and elsewhere, and the residual norms at
/// <c>&lt;s&gt;</c> and elsewhere after every layer. At the end it classifies heads as active or dormant and measures
/// both losses with all heads zeroed and with the layer-0 MLP zeroed.
/// </para>
/// <para>
/// The trial generator is forked into <c>model</c>, <c>data</c> and <c>eval</c> streams; the compute backend's
/// partition is fixed, so the <c>threads</c> parameter changes speed, never numbers.
/// </para>
/// </remarks>
public sealed class AttentionSinksExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "attention-sinks";

    /// <inheritdoc />
    public string Summary => "Attention sinks, value drains and residual peaks of a small transformer on the Bigram-Backcopy task.";

    /// <inheritdoc />
    public string Reference => "Guo, Pai, Bai, Jiao, Jordan & Mei (2024), Active-Dormant Attention Heads, arXiv 2410.13835. docs/attention-sinks.md";

    /// <inheritdoc />
    public int DefaultTrials => 1;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Choice("attention", "softmax", "How scores become weights: softmax, or relu = ReLU(score)/(i+1) without normalisation.", "softmax", "relu"),
        ParameterSpec.Choice("optimizer", "adam", "adam = AdamW(betas 0.9, 0.99); sgd = SGD with momentum 0.9.", "adam", "sgd"),
        ParameterSpec.Integer("layers", 1, "Decoder blocks.", min: 1, max: 12),
        ParameterSpec.Integer("heads", 1, "Attention heads per block (must divide dim).", min: 1, max: 16),
        ParameterSpec.Integer("dim", 64, "Model width (FFN width is 4*dim).", min: 4, max: 1024),
        ParameterSpec.Integer("seq-length", 64, "Sequence length N (inputs per sequence).", min: 2, max: 1024),
        ParameterSpec.Integer("batch", 32, "Training sequences per step.", min: 1, max: 4096),
        ParameterSpec.Integer("steps", 1500, "Optimiser steps.", min: 0, max: 10_000_000),
        ParameterSpec.Real("lr", 0, "Learning rate; 0 means 1e-3 for adam and 0.03 for sgd.", min: 0, max: 10),
        ParameterSpec.Real("weight-decay", 1e-4, "Weight decay (decoupled for adam, L2 for sgd).", min: 0, max: 1),
        ParameterSpec.Integer("triggers", 3, "k: the k most frequent tokens are triggers.", min: 1, max: 64),
        ParameterSpec.Text("bigram", "synthetic", "synthetic (32 symbols, Dirichlet(0.3) rows), or a path: a .yaml/.yml file in the paper's config.yaml format, any other file a text corpus whose character bigrams are used.", ValidateBigram),
        ParameterSpec.Integer("record-every", 100, "Evaluate and record the probes every this many steps (and at step 0 and the last step).", min: 1, max: 10_000_000),
        ParameterSpec.Integer("eval-batch", 32, "Sequences in the fixed evaluation batch.", min: 1, max: 4096),
        ParameterSpec.Integer("threads", 1, "Compute threads per trial; results are identical for any value.", min: 1, max: 64),
    ];

    /// <summary>Builds the bigram language named by the <c>bigram</c> parameter.</summary>
    /// <param name="value">synthetic, or a file path.</param>
    /// <returns>The source.</returns>
    /// <exception cref="BigramSourceException">The file is missing, unreadable or inconsistent.</exception>
    public static BigramSource LoadBigram(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value == "synthetic")
        {
            return BigramSource.Synthetic();
        }

        string ext = Path.GetExtension(value).ToLowerInvariant();
        return ext is ".yaml" or ".yml" ? BigramSource.FromConfigFile(value) : BigramSource.FromCorpusFile(value);
    }

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        var sink = context.Sink;
        var task = new BigramBackcopyTask(LoadBigram((string)p["bigram"]), p.GetInt32("triggers"));
        int batch = p.GetInt32("batch"), length = p.GetInt32("seq-length"), steps = p.GetInt32("steps");
        int recordEvery = p.GetInt32("record-every"), evalBatch = p.GetInt32("eval-batch");
        bool adam = p.GetChoice("optimizer") == "adam";
        float lr = (float)p.GetReal("lr") is var l && l > 0 ? l : adam ? 1e-3f : 0.03f;
        float wd = (float)p.GetReal("weight-decay");
        var options = new TransformerOptions
        {
            VocabSize = task.VocabSize,
            Dim = p.GetInt32("dim"),
            Layers = p.GetInt32("layers"),
            Heads = p.GetInt32("heads"),
            MaxLength = length,
            Attention = p.GetChoice("attention") == "relu" ? AttentionKind.Relu : AttentionKind.Softmax,
        };
        if (options.Dim % options.Heads != 0)
        {
            throw new ParameterException("heads", $"Parameter 'heads' ({options.Heads}) must divide 'dim' ({options.Dim}).");
        }

        AgoraRandom root = context.CreateRandom();
        var model = new Transformer(options, root.Fork("model"));
        IOptimizer optimizer = adam
            ? new AdamW(model.Parameters, new AdamWOptions { LearningRate = lr, Beta1 = 0.9f, Beta2 = 0.99f, Epsilon = 1e-8f, WeightDecay = wd })
            : new Sgd(model.Parameters, new SgdOptions { LearningRate = lr, Momentum = 0.9f, WeightDecay = wd });
        var tape = new Tape(new CpuBackend(p.GetInt32("threads")));
        var ce = new CrossEntropyOp();
        var inputs = new int[batch * length];
        var targets = new int[batch * length];
        var evalInputs = new int[evalBatch * length];
        var evalTargets = new int[evalBatch * length];
        AgoraRandom evalRng = root.Fork("eval");
        task.GenerateBatch(evalInputs, evalTargets, evalBatch, length, ref evalRng);
        var evaluator = new SinkEvaluator(model, task, evalInputs, evalBatch, length);
        sink.Summary("bigram-entropy", task.BigramEntropy(evalInputs, evalBatch, length));
        AgoraRandom dataRng = root.Fork("data");
        SinkSnapshot last = Record(evaluator.Evaluate(), 0, double.NaN, sink);
        for (int step = 1; step <= steps; step++)
        {
            task.GenerateBatch(inputs, targets, batch, length, ref dataRng);
            tape.Clear();
            optimizer.ZeroGrad();
            Tensor loss = ce.Forward(tape, model.Forward(tape, inputs, batch, length), targets);
            tape.Backward(loss);
            optimizer.Step();
            if (step % recordEvery == 0 || step == steps)
            {
                last = Record(evaluator.Evaluate(), step, loss[0], sink);
                context.CancellationToken.ThrowIfCancellationRequested();
            }
        }

        Summarise(last, evaluator, options, sink);
    }

    private static string? ValidateBigram(string value)
    {
        try
        {
            var source = LoadBigram(value);
            return source.VocabSize < 4 ? $"'{value}' gives only {source.VocabSize} tokens." : null;
        }
        catch (BigramSourceException e)
        {
            return e.Message;
        }
    }

    private static SinkSnapshot Record(SinkSnapshot s, long step, double trainLoss, IMetricSink sink)
    {
        if (!double.IsNaN(trainLoss))
        {
            sink.Scalar("loss/train", step, trainLoss);
        }

        sink.Scalar("loss/backcopy", step, s.Backcopy);
        sink.Scalar("loss/bigram", step, s.Bigram);
        sink.Scalar("sink/attn-bos", step, s.SinkExcludingFirst);
        sink.Scalar("sink/attn-bos-incl-q0", step, s.SinkIncludingFirst);
        sink.Scalar("sink/attn-prev-trigger", step, s.PreviousTokenOnTriggers);
        sink.Scalar("drain/value-bos", step, s.ValueNormFirst);
        sink.Scalar("drain/value-others", step, s.ValueNormOthers);
        sink.Scalar("drain/value-ratio", step, s.ValueNormFirst / s.ValueNormOthers);
        for (int l = 0; l < s.ResidualFirst.Count; l++)
        {
            string layer = l.ToString(CultureInfo.InvariantCulture);
            sink.Scalar("residual/bos-L" + layer, step, s.ResidualFirst[l]);
            sink.Scalar("residual/others-L" + layer, step, s.ResidualOthers[l]);
            sink.Scalar("residual/ratio-L" + layer, step, s.ResidualFirst[l] / s.ResidualOthers[l]);
        }

        return s;
    }

    private static void Summarise(SinkSnapshot s, SinkEvaluator evaluator, TransformerOptions options, IMetricSink sink)
    {
        sink.Summary("loss/backcopy", s.Backcopy);
        sink.Summary("loss/bigram", s.Bigram);
        sink.Summary("sink/attn-bos", s.SinkExcludingFirst);
        sink.Summary("sink/attn-bos-incl-q0", s.SinkIncludingFirst);
        sink.Summary("sink/attn-prev-trigger", s.PreviousTokenOnTriggers);
        sink.Summary("drain/value-ratio", s.ValueNormFirst / s.ValueNormOthers);
        sink.Summary("residual/ratio-L0", s.ResidualFirst[0] / s.ResidualOthers[0]);
        var roles = evaluator.ClassifyHeads();
        double dormantOnOthers = roles[0].OnOthers.Count(r => r == HeadRole.Dormant) / (double)options.Heads;
        double activeOnTriggers = roles[0].OnTriggers.Count(r => r == HeadRole.Active) / (double)options.Heads;
        sink.Summary("heads/L0-dormant-on-non-triggers", dormantOnOthers);
        sink.Summary("heads/L0-active-on-triggers", activeOnTriggers);
        var allHeads = Enumerable.Range(0, options.Layers).SelectMany(l => Enumerable.Range(0, options.Heads).Select(h => (l, h)));
        var noHeads = evaluator.WithHeadsZeroed(allHeads);
        sink.Summary("zeroed-heads/loss-backcopy", noHeads.Backcopy);
        sink.Summary("zeroed-heads/loss-bigram", noHeads.Bigram);
        var noMlp = evaluator.WithMlpZeroed(0);
        sink.Summary("zeroed-mlp0/loss-backcopy", noMlp.Backcopy);
        sink.Summary("zeroed-mlp0/loss-bigram", noMlp.Bigram);
    }
}
