"""PyTorch side of docs/benchmarks/neural.md: the same shapes as bench/Agora.Benchmarks/NeuralBenchmarks.cs, one thread.

Run: /usr/bin/python3 tools/torch-reference/bench.py
Prints the median time per call over repeated timing rounds (timeit), in microseconds.
"""
import math
import timeit

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_num_threads(1)
torch.manual_seed(1)


class Block(nn.Module):
    """Pre-LN block without biases (LayerNorm without beta via F.layer_norm), single head, FFN 4*D."""

    def __init__(self, d):
        super().__init__()
        self.ln1 = nn.Parameter(torch.ones(d))
        self.ln2 = nn.Parameter(torch.ones(d))
        self.q, self.k, self.v, self.o = (nn.Linear(d, d, bias=False) for _ in range(4))
        self.fc1 = nn.Linear(d, 4 * d, bias=False)
        self.fc2 = nn.Linear(4 * d, d, bias=False)

    def forward(self, x):
        d = x.shape[-1]
        a = F.layer_norm(x, (d,), self.ln1)
        q, k, v = self.q(a), self.k(a), self.v(a)
        t = x.shape[1]
        s = q @ k.transpose(-1, -2) / math.sqrt(d)
        s = s.masked_fill(torch.triu(torch.ones(t, t, dtype=torch.bool), 1), float("-inf"))
        h = x + self.o(F.softmax(s, -1) @ v)
        return h + self.fc2(F.relu(self.fc1(F.layer_norm(h, (d,), self.ln2))))


class Tiny(nn.Module):
    def __init__(self, v=67, d=64, n=64):
        super().__init__()
        self.tok = nn.Embedding(v, d)
        self.pos = nn.Embedding(n, d)
        self.block = Block(d)
        self.lnf = nn.Parameter(torch.ones(d))
        self.head = nn.Linear(d, v, bias=False)

    def forward(self, tokens):
        x = self.tok(tokens) + self.pos.weight[: tokens.shape[1]]
        x = self.block(x)
        return self.head(F.layer_norm(x, (x.shape[-1],), self.lnf))


def median_us(fn, number):
    for _ in range(3):
        fn()
    times = timeit.repeat(fn, number=number, repeat=7)
    return sorted(times)[len(times) // 2] / number * 1e6


def main():
    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}")
    model = Tiny()
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3, betas=(0.9, 0.99), weight_decay=1e-4)
    tokens = torch.randint(0, 67, (32, 64))
    targets = torch.randint(0, 67, (32, 64))

    def transformer_step():
        opt.zero_grad()
        loss = F.cross_entropy(model(tokens).reshape(-1, 67), targets.reshape(-1))
        loss.backward()
        opt.step()

    print(f"TransformerTrainStep: {median_us(transformer_step, 5):.1f} us")

    mlp = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 8))
    mopt = torch.optim.AdamW(mlp.parameters())
    for batch in (1, 64, 256):
        x, y = torch.randn(batch, 32), torch.randn(batch, 8)

        def mlp_step():
            mopt.zero_grad()
            loss = F.mse_loss(mlp(x), y)
            loss.backward()
            mopt.step()

        print(f"MlpTrainStep batch {batch}: {median_us(mlp_step, 200):.1f} us")

    x1 = torch.randn(1, 32)

    def forward1():
        with torch.no_grad():
            return mlp(x1)

    print(f"MlpForwardBatch1: {median_us(forward1, 2000):.2f} us")


if __name__ == "__main__":
    main()
