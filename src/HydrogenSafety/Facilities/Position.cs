namespace HydrogenSafety.Facilities;

/// <summary>A point in the site frame, in metres.</summary>
/// <param name="X">East, m.</param>
/// <param name="Y">North, m.</param>
/// <param name="Z">Up, m (0 when only two coordinates are given).</param>
public sealed record Position(double X, double Y, double Z = 0)
{
    /// <summary>Straight-line distance in metres.</summary>
    public double DistanceTo(Position other)
    {
        var dx = X - other.X;
        var dy = Y - other.Y;
        var dz = Z - other.Z;
        return Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));
    }
}
