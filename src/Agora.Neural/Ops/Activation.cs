namespace Agora.Neural.Ops;

/// <summary>An elementwise nonlinearity.</summary>
public enum Activation
{
    /// <summary>max(0, x).</summary>
    Relu,

    /// <summary>GELU in its tanh form, 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), PyTorch's <c>GELU(approximate='tanh')</c>.</summary>
    Gelu,

    /// <summary>tanh(x).</summary>
    Tanh,
}
