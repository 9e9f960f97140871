namespace Entente.Sar.Outputs;

/// <summary>Outlines a set of grid cells as rings of grid vertices: every cell edge between a chosen and an unchosen cell,
/// directed with the chosen cell on its left, chained into rings; outer rings come out counter-clockwise, holes
/// clockwise.</summary>
internal static class CellOutline
{
    public static List<List<(int Column, int Row)>> Trace(bool[] mask, int columns, int rows)
    {
        bool In(int c, int r) => c >= 0 && r >= 0 && c < columns && r < rows && mask[(r * columns) + c];
        var edges = new List<((int, int) From, (int, int) To)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (!In(c, r))
                {
                    continue;
                }

                if (!In(c, r - 1))
                {
                    edges.Add(((c, r), (c + 1, r)));
                }

                if (!In(c + 1, r))
                {
                    edges.Add(((c + 1, r), (c + 1, r + 1)));
                }

                if (!In(c, r + 1))
                {
                    edges.Add(((c + 1, r + 1), (c, r + 1)));
                }

                if (!In(c - 1, r))
                {
                    edges.Add(((c, r + 1), (c, r)));
                }
            }
        }

        var outgoing = new Dictionary<(int, int), List<int>>();
        for (var e = 0; e < edges.Count; e++)
        {
            if (!outgoing.TryGetValue(edges[e].From, out var list))
            {
                outgoing[edges[e].From] = list = [];
            }

            list.Add(e);
        }

        var used = new bool[edges.Count];
        var rings = new List<List<(int, int)>>();
        for (var start = 0; start < edges.Count; start++)
        {
            if (used[start])
            {
                continue;
            }

            var ring = new List<(int, int)> { edges[start].From };
            var current = start;
            while (true)
            {
                used[current] = true;
                var (from, to) = edges[current];
                ring.Add(to);
                if (to == edges[start].From)
                {
                    break;
                }

                current = Next(edges, outgoing[to], used, (to.Item1 - from.Item1, to.Item2 - from.Item2));
            }

            rings.Add(Simplify(ring));
        }

        return rings;
    }

    /// <summary>Groups rings into polygons: each clockwise ring (a hole) goes to the smallest outer ring around it.</summary>
    public static List<(List<(int Column, int Row)> Outer, List<List<(int Column, int Row)>> Holes)> Assemble(List<List<(int Column, int Row)>> rings)
    {
        var outers = rings.Where(r => SignedArea(r) > 0).Select(r => (Outer: r, Holes: new List<List<(int, int)>>())).ToList();
        foreach (var hole in rings.Where(r => SignedArea(r) < 0))
        {
            // A point just inside the chosen cells beside the hole's first edge: inside the outer ring that holds the hole.
            var (a, b) = (hole[0], hole[1]);
            var (dx, dy) = (Math.Sign(b.Column - a.Column), Math.Sign(b.Row - a.Row));
            var probe = (X: ((a.Column + b.Column) / 2.0) - (0.25 * dy), Y: ((a.Row + b.Row) / 2.0) + (0.25 * dx));
            var owner = outers.Where(o => Contains(o.Outer, probe.X, probe.Y)).OrderBy(o => SignedArea(o.Outer)).FirstOrDefault();
            owner.Holes?.Add(hole);
        }

        return outers;
    }

    // At a vertex shared by two diagonal cells, turning left keeps each cell's ring to itself.
    private static int Next(List<((int, int) From, (int, int) To)> edges, List<int> candidates, bool[] used, (int Dx, int Dy) heading)
    {
        (int, int)[] preference = [(-heading.Dy, heading.Dx), heading, (heading.Dy, -heading.Dx)];
        foreach (var direction in preference)
        {
            foreach (var e in candidates)
            {
                var (from, to) = edges[e];
                if (!used[e] && (to.Item1 - from.Item1, to.Item2 - from.Item2) == direction)
                {
                    return e;
                }
            }
        }

        throw new InvalidOperationException("A cell outline did not close; the mask's edges are inconsistent.");
    }

    private static List<(int, int)> Simplify(List<(int, int)> ring)
    {
        // Drops vertices in the middle of straight runs; the ring stays closed.
        var result = new List<(int, int)>();
        var count = ring.Count - 1;
        for (var i = 0; i < count; i++)
        {
            var previous = ring[(i + count - 1) % count];
            var next = ring[(i + 1) % count];
            var (x, y) = ring[i];
            var cross = ((x - previous.Item1) * (next.Item2 - y)) - ((y - previous.Item2) * (next.Item1 - x));
            if (cross != 0)
            {
                result.Add(ring[i]);
            }
        }

        result.Add(result[0]);
        return result;
    }

    private static double SignedArea(List<(int Column, int Row)> ring)
    {
        var sum = 0.0;
        for (var i = 1; i < ring.Count; i++)
        {
            sum += ((double)ring[i - 1].Column * ring[i].Row) - ((double)ring[i].Column * ring[i - 1].Row);
        }

        return sum / 2;
    }

    private static bool Contains(List<(int Column, int Row)> ring, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 2; i < ring.Count - 1; j = i++)
        {
            var (xi, yi) = ring[i];
            var (xj, yj) = ring[j];
            if ((yi > y) != (yj > y) && x < ((double)(xj - xi) * (y - yi) / (yj - yi)) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
