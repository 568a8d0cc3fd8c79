namespace Agora.Core.Environments.GridWorld;

/// <summary>A mutable rectangle of <see cref="GridCell"/>s, stored row-major (index <c>y × Width + x</c>).</summary>
/// <remarks>Coordinates follow MiniGrid: x grows to the right, y grows downwards, (0, 0) is the top-left corner.</remarks>
public sealed class Grid
{
    private readonly GridCell[] _cells;

    /// <summary>Creates an empty grid.</summary>
    /// <param name="width">Columns; at least 3.</param>
    /// <param name="height">Rows; at least 3.</param>
    public Grid(int width, int height)
    {
        if (width < 3 || height < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"A grid must be at least 3×3; got {width}×{height}.");
        }

        Width = width;
        Height = height;
        _cells = new GridCell[width * height];
        _cells.AsSpan().Fill(GridCell.Empty);
    }

    /// <summary>Columns.</summary>
    public int Width { get; }

    /// <summary>Rows.</summary>
    public int Height { get; }

    /// <summary>The cells, row-major.</summary>
    public Span<GridCell> Cells => _cells;

    /// <summary>The cell at (x, y).</summary>
    /// <param name="x">Column.</param>
    /// <param name="y">Row.</param>
    public GridCell this[int x, int y]
    {
        get => _cells[(y * Width) + x];
        set => _cells[(y * Width) + x] = value;
    }

    /// <summary>Whether (x, y) lies inside the grid.</summary>
    /// <param name="x">Column.</param>
    /// <param name="y">Row.</param>
    /// <returns>True when inside.</returns>
    public bool InBounds(int x, int y) => (uint)x < (uint)Width && (uint)y < (uint)Height;

    /// <summary>Draws a horizontal wall of <paramref name="length"/> cells starting at (x, y); <c>null</c> runs to the right edge.</summary>
    /// <param name="x">Start column.</param>
    /// <param name="y">Row.</param>
    /// <param name="length">Cells, or null for the rest of the row.</param>
    public void HorizontalWall(int x, int y, int? length = null)
    {
        int n = length ?? (Width - x);
        for (int i = 0; i < n; i++)
        {
            this[x + i, y] = GridCell.Wall;
        }
    }

    /// <summary>Draws a vertical wall of <paramref name="length"/> cells starting at (x, y); <c>null</c> runs to the bottom edge.</summary>
    /// <param name="x">Column.</param>
    /// <param name="y">Start row.</param>
    /// <param name="length">Cells, or null for the rest of the column.</param>
    public void VerticalWall(int x, int y, int? length = null)
    {
        int n = length ?? (Height - y);
        for (int j = 0; j < n; j++)
        {
            this[x, y + j] = GridCell.Wall;
        }
    }

    /// <summary>Draws the outline of a rectangle in walls, as MiniGrid's <c>wall_rect</c>.</summary>
    /// <param name="x">Left column.</param>
    /// <param name="y">Top row.</param>
    /// <param name="width">Columns.</param>
    /// <param name="height">Rows.</param>
    public void WallRect(int x, int y, int width, int height)
    {
        HorizontalWall(x, y, width);
        HorizontalWall(x, y + height - 1, width);
        VerticalWall(x, y, height);
        VerticalWall(x + width - 1, y, height);
    }

    /// <summary>Copies every cell into <paramref name="destination"/>, which must have the same size.</summary>
    /// <param name="destination">The target grid.</param>
    public void CopyTo(Grid destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.Width != Width || destination.Height != Height)
        {
            throw new ArgumentException($"Cannot copy a {Width}×{Height} grid into a {destination.Width}×{destination.Height} one.", nameof(destination));
        }

        _cells.AsSpan().CopyTo(destination._cells);
    }
}
