using System.Text;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Reporting;

/// <summary>The site plan's geometry: bounds and scale, the grid with its axes, the scale bar and the north arrow.</summary>
public static partial class SitePlanSvg
{
    /// <summary>
    /// The plan's frame: the bounds in metres (over the components and the clearance circles, with a margin)
    /// and the scale that fits them into the plan area.
    /// </summary>
    private sealed class Frame
    {
        private Frame(double minX, double minY, double maxX, double maxY)
        {
            (MinX, MinY, MaxX, MaxY) = (minX, minY, maxX, maxY);
            Scale = Math.Min(PlanWidth / (maxX - minX), PlanHeight / (maxY - minY));
            Width = (maxX - minX) * Scale;
            Height = (maxY - minY) * Scale;
        }

        public double MinX { get; }

        public double MinY { get; }

        public double MaxX { get; }

        public double MaxY { get; }

        /// <summary>Pixels per metre.</summary>
        public double Scale { get; }

        /// <summary>The plan area's width, px.</summary>
        public double Width { get; }

        /// <summary>The plan area's height, px.</summary>
        public double Height { get; }

        /// <summary>The drawing's x of an east coordinate.</summary>
        public double X(double x) => Left + ((x - MinX) * Scale);

        /// <summary>The drawing's y of a north coordinate.</summary>
        public double Y(double y) => Top + ((MaxY - y) * Scale);

        public static Frame Fit(IEnumerable<Position> points, IEnumerable<(Position Centre, double Radius)> circles)
        {
            double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
            void Include(double x, double y)
            {
                minX = Math.Min(minX, x);
                minY = Math.Min(minY, y);
                maxX = Math.Max(maxX, x);
                maxY = Math.Max(maxY, y);
            }

            foreach (var p in points)
            {
                Include(p.X, p.Y);
            }

            foreach (var (p, r) in circles)
            {
                Include(p.X - r, p.Y - r);
                Include(p.X + r, p.Y + r);
            }

            var pad = Math.Max(2, 0.06 * Math.Max(maxX - minX, maxY - minY));
            return new Frame(minX - pad, minY - pad, maxX + pad, maxY + pad);
        }
    }

    private static void AppendGrid(StringBuilder svg, Frame frame, ReportStrings words)
    {
        var (minX, minY, maxX, maxY) = (frame.MinX, frame.MinY, frame.MaxX, frame.MaxY);
        var (planW, planH) = (frame.Width, frame.Height);
        var step = NiceStep(Math.Max(maxX - minX, maxY - minY) / 8);
        svg.Append("<g class=\"grid\" stroke=\"#e2e2da\" stroke-width=\"1\">\n");
        for (var gx = Math.Ceiling(minX / step) * step; gx <= maxX; gx += step)
        {
            svg.Append(Inv($"<line x1=\"{N(frame.X(gx))}\" y1=\"{N(Top)}\" x2=\"{N(frame.X(gx))}\" y2=\"{N(Top + planH)}\"/>\n"));
        }

        for (var gy = Math.Ceiling(minY / step) * step; gy <= maxY; gy += step)
        {
            svg.Append(Inv($"<line x1=\"{N(Left)}\" y1=\"{N(frame.Y(gy))}\" x2=\"{N(Left + planW)}\" y2=\"{N(frame.Y(gy))}\"/>\n"));
        }

        svg.Append("</g>\n<g class=\"axes\" fill=\"#555\">\n");
        for (var gx = Math.Ceiling(minX / step) * step; gx <= maxX; gx += step)
        {
            svg.Append(Inv($"<text x=\"{N(frame.X(gx))}\" y=\"{N(Top + planH + 14)}\" text-anchor=\"middle\">{Esc(ReportFormatting.Number(gx))}</text>\n"));
        }

        for (var gy = Math.Ceiling(minY / step) * step; gy <= maxY; gy += step)
        {
            svg.Append(Inv($"<text x=\"{N(Left - 6)}\" y=\"{N(frame.Y(gy) + 4)}\" text-anchor=\"end\">{Esc(ReportFormatting.Number(gy))}</text>\n"));
        }

        svg.Append(Inv($"<text x=\"{N(Left + (planW / 2))}\" y=\"{N(Top + planH + 32)}\" text-anchor=\"middle\">{Esc(words.PlanAxisX)}</text>\n"));
        svg.Append(Inv($"<text x=\"14\" y=\"{N(Top + (planH / 2))}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {N(Top + (planH / 2))})\">{Esc(words.PlanAxisY)}</text>\n"));
        svg.Append("</g>\n");
    }

    private static double AppendScaleAndNorth(StringBuilder svg, Frame frame)
    {
        var (scale, planW, planH) = (frame.Scale, frame.Width, frame.Height);
        // A scale bar of a round length about a sixth of the plan's width, bottom left inside the plan.
        var length = NiceStep(planW / scale / 6);
        var barPx = length * scale;
        var x0 = Left + 12;
        var y0 = Top + planH - 14;
        svg.Append("<g class=\"scale-bar\" stroke=\"#222\" stroke-width=\"1.5\">\n");
        svg.Append(Inv($"<rect x=\"{N(x0 - 4)}\" y=\"{N(y0 - 16)}\" width=\"{N(barPx + 8)}\" height=\"24\" fill=\"#fff\" fill-opacity=\"0.85\" stroke=\"none\"/>\n"));
        svg.Append(Inv($"<line x1=\"{N(x0)}\" y1=\"{N(y0)}\" x2=\"{N(x0 + barPx)}\" y2=\"{N(y0)}\"/>\n"));
        svg.Append(Inv($"<line x1=\"{N(x0)}\" y1=\"{N(y0 - 5)}\" x2=\"{N(x0)}\" y2=\"{N(y0 + 5)}\"/>\n"));
        svg.Append(Inv($"<line x1=\"{N(x0 + barPx)}\" y1=\"{N(y0 - 5)}\" x2=\"{N(x0 + barPx)}\" y2=\"{N(y0 + 5)}\"/>\n"));
        svg.Append(Inv($"<text x=\"{N(x0 + (barPx / 2))}\" y=\"{N(y0 - 5)}\" text-anchor=\"middle\" stroke=\"none\" fill=\"#222\">{Esc(ReportFormatting.Number(length))} m</text>\n"));
        svg.Append("</g>\n");

        var nx = Left + planW - 22;
        var ny = Top + 14;
        svg.Append("<g class=\"north-arrow\" fill=\"#222\">\n");
        svg.Append(Inv($"<path d=\"M {N(nx)} {N(ny)} L {N(nx - 7)} {N(ny + 20)} L {N(nx)} {N(ny + 15)} L {N(nx + 7)} {N(ny + 20)} Z\"/>\n"));
        svg.Append(Inv($"<text x=\"{N(nx)}\" y=\"{N(ny + 34)}\" text-anchor=\"middle\" font-weight=\"bold\">N</text>\n"));
        svg.Append("</g>\n");
        return barPx;
    }

    /// <summary>A round step (1, 2 or 5 times a power of ten) not smaller than <paramref name="rough"/>.</summary>
    private static double NiceStep(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (var m in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (m * power >= rough)
            {
                return m * power;
            }
        }

        return 10 * power;
    }
}
