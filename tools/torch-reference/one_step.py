"""One-step reference numbers for Agora.Neural, computed with PyTorch (Debian's python3-torch 1.13.1).

Builds a tiny decoder-only transformer with the same parameter names and layout as Agora.Neural's Transformer,
fills every parameter from a fixed formula (no random generator, so C# can rebuild it exactly), and runs two AdamW
steps of token cross-entropy on a fixed batch. Prints JSON: the loss before each step, every parameter's gradient
(first step) as L2 norm and first entries, and every parameter after the second step as sum and first entries.

Run: /usr/bin/python3 tools/torch-reference/one_step.py > tests/Agora.Neural.Tests/Golden/torch-one-step.json
"""
import json
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_num_threads(1)
torch.set_default_dtype(torch.float32)

V, D, H, LAYERS, MAXLEN, T, B = 7, 8, 2, 2, 6, 5, 2
TOKENS = [[1, 2, 3, 4, 5], [6, 0, 6, 5, 4]]
TARGETS = [[2, 3, 4, 5, 6], [0, 6, 5, 4, 3]]
TOKENS2 = [[3, 3, 1, 0, 2], [5, 4, 6, 6, 1]]
TARGETS2 = [[3, 1, 0, 2, 2], [4, 6, 6, 1, 0]]


class Attention(nn.Module):
    def __init__(self, kind):
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(D, D) for _ in range(4))
        self.kind = kind

    def forward(self, x):
        b, t, d = x.shape
        hd = d // H
        split = lambda y: y.view(b, t, H, hd).transpose(1, 2)
        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(hd)
        mask = torch.triu(torch.ones(t, t, dtype=torch.bool), diagonal=1)
        scores = scores.masked_fill(mask, float("-inf"))
        if self.kind == "softmax":
            w = F.softmax(scores, dim=-1)
        else:
            w = F.relu(scores) / torch.arange(1, t + 1, dtype=torch.float32).view(t, 1)
        y = (w @ v).transpose(1, 2).reshape(b, t, d)
        return self.o(y)


class Block(nn.Module):
    def __init__(self, kind):
        super().__init__()
        self.ln1 = nn.LayerNorm(D)
        self.attn = Attention(kind)
        self.ln2 = nn.LayerNorm(D)
        self.fc1 = nn.Linear(D, 4 * D)
        self.fc2 = nn.Linear(4 * D, D)

    def forward(self, x):
        h = x + self.attn(self.ln1(x))
        return h + self.fc2(F.relu(self.fc1(self.ln2(h))))


class Model(nn.Module):
    def __init__(self, kind):
        super().__init__()
        self.tok_emb = nn.Embedding(V, D)
        self.pos_emb = nn.Embedding(MAXLEN, D)
        self.blocks = nn.ModuleList(Block(kind) for _ in range(LAYERS))
        self.ln_f = nn.LayerNorm(D)
        self.head = nn.Linear(D, V)

    def forward(self, tokens):
        x = self.tok_emb(tokens) + self.pos_emb.weight[: tokens.shape[1]]
        for blk in self.blocks:
            x = blk(x)
        return self.head(self.ln_f(x))


def fill(name, n):
    # The formula the C# test repeats: value_i = 0.5 sin(1.3 i + 0.7 len(name)), computed in double, stored as float32.
    return [0.5 * math.sin(1.3 * i + 0.7 * len(name)) for i in range(n)]


def run(kind):
    model = Model(kind)
    with torch.no_grad():
        for name, p in model.named_parameters():
            p.copy_(torch.tensor(fill(name, p.numel()), dtype=torch.float64).float().view_as(p))
    opt = torch.optim.AdamW(model.parameters(), lr=1e-2, betas=(0.9, 0.99), eps=1e-8, weight_decay=0.01)
    out = {"kind": kind, "losses": [], "grads": {}, "params": {}}
    for step, (tok, tgt) in enumerate([(TOKENS, TARGETS), (TOKENS2, TARGETS2)]):
        opt.zero_grad()
        logits = model(torch.tensor(tok))
        loss = F.cross_entropy(logits.reshape(-1, V), torch.tensor(tgt).reshape(-1))
        loss.backward()
        out["losses"].append(loss.item())
        if step == 0:
            for name, p in model.named_parameters():
                g = p.grad.reshape(-1)
                out["grads"][name] = {"norm": g.norm().item(), "first": g[:4].tolist()}
        opt.step()
    for name, p in model.named_parameters():
        flat = p.detach().reshape(-1)
        out["params"][name] = {"sum": flat.double().sum().item(), "first": flat[:4].tolist()}
    return out


print(json.dumps({"torch": torch.__version__, "runs": [run("softmax"), run("relu")]}, indent=1))
