namespace Agora.Core.Environments.Foraging;

/// <summary>Observations: lb-foraging's vector layout, or the grid layers (see <see cref="ForagingObservationLayout"/>).</summary>
public sealed partial class ForagingEnv
{
    /// <inheritdoc />
    public void WriteObservations(Span<float> destination)
    {
        int size = ObservationSize;
        for (int p = 0; p < _players; p++)
        {
            Span<float> obs = destination.Slice(p * size, size);
            if (Options.ObservationMode == ForagingObservationMode.Grid)
            {
                WriteGrid(p, obs);
            }
            else
            {
                WriteVector(p, obs);
            }
        }
    }

    private void WriteVector(int agent, Span<float> obs)
    {
        int sight = Options.Sight;
        int r = _playerRow[agent];
        int c = _playerCol[agent];

        // Top-left of the clipped window; upstream's _transform_to_neighborhood is pos − centre + min(sight, centre).
        int top = r - Math.Min(sight, r);
        int left = c - Math.Min(sight, c);
        int bottom = Math.Min(r + sight + 1, _rows);
        int right = Math.Min(c + sight + 1, _cols);
        int foods = Options.MaxNumFood;
        int k = 0;
        for (int f = 0; f < _foodSlots; f++)
        {
            int fr = _foodRow[f];
            int fc = _foodCol[f];
            int level = _field[(fr * _cols) + fc];
            if (level > 0 && fr >= top && fr < bottom && fc >= left && fc < right)
            {
                obs[3 * k] = fr - top;
                obs[(3 * k) + 1] = fc - left;
                obs[(3 * k) + 2] = level;
                k++;
            }
        }

        for (; k < foods; k++)
        {
            obs[3 * k] = -1;
            obs[(3 * k) + 1] = -1;
            obs[(3 * k) + 2] = 0;
        }

        int width = Options.ObserveAgentLevels ? 3 : 2;
        Span<float> players = obs[(3 * foods)..];
        WritePlayer(players, 0, width, r - top, c - left, _playerLevel[agent]);
        int slot = 1;
        int span = 2 * sight;
        for (int q = 0; q < _players; q++)
        {
            if (q == agent)
            {
                continue;
            }

            int y = _playerRow[q] - top;
            int x = _playerCol[q] - left;

            // Upstream bounds the transformed coordinates by [0, 2·sight], not by the clipped window (quirk 4).
            bool visible = Options.PlayerVisibilityLeak
                ? y >= 0 && x >= 0 && y <= span && x <= span
                : Math.Abs(_playerRow[q] - r) <= sight && Math.Abs(_playerCol[q] - c) <= sight;
            if (visible)
            {
                WritePlayer(players, slot++, width, y, x, _playerLevel[q]);
            }
        }

        for (; slot < _players; slot++)
        {
            WritePlayer(players, slot, width, -1, -1, 0);
        }
    }

    private static void WritePlayer(Span<float> players, int slot, int width, int y, int x, int level)
    {
        int o = slot * width;
        players[o] = y;
        players[o + 1] = x;
        if (width == 3)
        {
            players[o + 2] = level;
        }
    }

    private void WriteGrid(int agent, Span<float> obs)
    {
        int sight = Options.Sight;
        int side = (2 * sight) + 1;
        int layer = side * side;
        Span<float> agents = obs[..layer];
        Span<float> foods = obs.Slice(layer, layer);
        Span<float> access = obs.Slice(2 * layer, layer);
        obs.Clear();
        int r0 = _playerRow[agent] - sight;
        int c0 = _playerCol[agent] - sight;
        for (int i = 0; i < side; i++)
        {
            int rr = r0 + i;
            if (rr < 0 || rr >= _rows)
            {
                continue;
            }

            for (int j = 0; j < side; j++)
            {
                int cc = c0 + j;
                if (cc < 0 || cc >= _cols)
                {
                    continue;
                }

                int food = _field[(rr * _cols) + cc];
                foods[(i * side) + j] = food;
                access[(i * side) + j] = food == 0 ? 1 : 0;
            }
        }

        for (int q = 0; q < _players; q++)
        {
            int i = _playerRow[q] - r0;
            int j = _playerCol[q] - c0;
            if (i >= 0 && j >= 0 && i < side && j < side)
            {
                agents[(i * side) + j] = Options.ObserveAgentLevels ? _playerLevel[q] : 1;
                access[(i * side) + j] = 0;
            }
        }
    }
}
