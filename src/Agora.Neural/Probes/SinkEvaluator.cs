using Agora.Neural.Modules;
using Agora.Neural.Ops;
using Agora.Neural.Tasks;

namespace Agora.Neural.Probes;

/// <summary>Runs a transformer on a fixed Bigram-Backcopy evaluation batch and reads every probe, with optional interventions.</summary>
/// <threadsafety>Not thread-safe; it drives the model's buffers.</threadsafety>
public sealed class SinkEvaluator
{
    private readonly Transformer _model;
    private readonly BigramBackcopyTask _task;
    private readonly int[] _inputs;
    private readonly int _batch;
    private readonly int _length;
    private readonly SoftmaxOp _logSoftmax = new(log: true);

    /// <summary>Creates the evaluator.</summary>
    /// <param name="model">The model.</param>
    /// <param name="task">The task.</param>
    /// <param name="inputs">The evaluation inputs, batch·length ids.</param>
    /// <param name="batch">Number of sequences.</param>
    /// <param name="length">Sequence length.</param>
    public SinkEvaluator(Transformer model, BigramBackcopyTask task, int[] inputs, int batch, int length)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _task = task ?? throw new ArgumentNullException(nameof(task));
        _inputs = inputs ?? throw new ArgumentNullException(nameof(inputs));
        _batch = batch;
        _length = length;
    }

    /// <summary>Evaluates the model as it is.</summary>
    /// <returns>Losses and probes.</returns>
    public SinkSnapshot Evaluate()
    {
        Tensor logp = _logSoftmax.Forward(null, _model.Forward(null, _inputs, _batch, _length));
        var losses = _task.Losses(_inputs, logp.Span, _batch, _length);
        var layer0 = _model.Blocks[0].Attention;
        int heads = layer0.Heads;
        double sinkEx = 0, sinkIn = 0, prev = 0, vFirst = 0, vOthers = 0;
        for (int h = 0; h < heads; h++)
        {
            sinkEx += SinkProbes.AttentionOnFirstToken(layer0.Weights, h, _inputs, _task.IsTrigger, includeFirstQuery: false);
            sinkIn += SinkProbes.AttentionOnFirstToken(layer0.Weights, h, _inputs, _task.IsTrigger, includeFirstQuery: true);
            prev += SinkProbes.AttentionOnPreviousToken(layer0.Weights, h, _inputs, _task.IsTrigger);
            var (f, o) = SinkProbes.ProjectedValueNorms(layer0.Values, layer0.OutProjection.Weight, heads, h);
            vFirst += f;
            vOthers += o;
        }

        var resFirst = new double[_model.Blocks.Count];
        var resOthers = new double[_model.Blocks.Count];
        for (int l = 0; l < resFirst.Length; l++)
        {
            (resFirst[l], resOthers[l]) = SinkProbes.ResidualNorms(_model.Blocks[l].Output);
        }

        return new SinkSnapshot(losses.Backcopy, losses.Bigram, sinkEx / heads, sinkIn / heads, prev / heads, vFirst / heads, vOthers / heads, resFirst, resOthers);
    }

    /// <summary>Head roles of every layer on trigger and on non-trigger queries (from a fresh evaluation).</summary>
    /// <param name="threshold">The dormancy threshold on the weight on <c>&lt;s&gt;</c>.</param>
    /// <returns>Per layer: (roles on trigger queries, roles on non-trigger queries).</returns>
    public IReadOnlyList<(HeadRole[] OnTriggers, HeadRole[] OnOthers)> ClassifyHeads(double threshold = 0.5)
    {
        _model.Forward(null, _inputs, _batch, _length);
        return [.. _model.Blocks.Select(b => (
            SinkProbes.ClassifyHeads(b.Attention.Weights, _inputs, _task, triggerQueries: true, threshold),
            SinkProbes.ClassifyHeads(b.Attention.Weights, _inputs, _task, triggerQueries: false, threshold)))];
    }

    /// <summary>Evaluates with the given heads zeroed, then restores them.</summary>
    /// <param name="heads">(layer, head) pairs to zero.</param>
    /// <returns>The losses and probes under the intervention.</returns>
    public SinkSnapshot WithHeadsZeroed(IEnumerable<(int Layer, int Head)> heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        var zeroed = heads.ToArray();
        var saved = zeroed.Select(z => _model.Blocks[z.Layer].Attention.HeadScale[z.Head]).ToArray();
        try
        {
            foreach (var (layer, head) in zeroed)
            {
                _model.Blocks[layer].Attention.HeadScale[head] = 0f;
            }

            return Evaluate();
        }
        finally
        {
            for (int i = 0; i < zeroed.Length; i++)
            {
                _model.Blocks[zeroed[i].Layer].Attention.HeadScale[zeroed[i].Head] = saved[i];
            }
        }
    }

    /// <summary>Evaluates with a layer's MLP removed, then restores it.</summary>
    /// <param name="layer">The layer.</param>
    /// <returns>The losses and probes under the intervention.</returns>
    public SinkSnapshot WithMlpZeroed(int layer)
    {
        var block = _model.Blocks[layer];
        bool saved = block.MlpEnabled;
        try
        {
            block.MlpEnabled = false;
            return Evaluate();
        }
        finally
        {
            block.MlpEnabled = saved;
        }
    }
}
