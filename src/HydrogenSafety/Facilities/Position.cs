namespace HydrogenSafety.Facilities;

/// <summary>A point in the site frame, in metres.</summary>
/// <param name="X">East, m.</param>
/// <param name="Y">North, m.</param>
/// <param name="Z">Up, m (0 when only two coordinates are given).</param>
public sealed record Position(double X, double Y, double Z = 0)
{
    /// <summary>
    /// Straight-line distance in metres. Coordinates so large that squaring them would overflow are
    /// scaled first; the result is <see cref="double.PositiveInfinity"/> only when the distance itself
    /// is beyond the range of a double.
    /// </summary>
    public double DistanceTo(Position other)
    {
        var dx = X - other.X;
        var dy = Y - other.Y;
        var dz = Z - other.Z;
        var plain = Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));
        if (double.IsFinite(plain))
        {
            return plain;
        }

        var scale = Math.Max(Math.Abs(dx), Math.Max(Math.Abs(dy), Math.Abs(dz)));
        if (!double.IsFinite(scale))
        {
            return double.PositiveInfinity;
        }

        var (sx, sy, sz) = (dx / scale, dy / scale, dz / scale);
        return scale * Math.Sqrt((sx * sx) + (sy * sy) + (sz * sz));
    }
}
