using System.Globalization;

namespace Secretariat.Web.Components;

/// <summary>One bar segment of a chart, already placed: the component only writes it out as SVG presentation attributes.</summary>
public sealed record ChartSegment(string Label, int Value, double X, double Width, string Fill)
{
    public string XText => ChartGeometry.Number(X);
    public string WidthText => ChartGeometry.Number(Width);
}

public static class ChartGeometry
{
    public const int Width = 640;
    public const int LabelWidth = 150;
    public const int BarArea = 400;
    public const int RowHeight = 28;
    public const int BarHeight = 18;
    public const int Top = 34;

    public const string OverdueFill = "#c62828";
    public const string DueSoonFill = "#a15c00";

    public static string Number(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    public static int Height(int rows) => Top + rows * RowHeight + 8;

    public static double RowY(int row) => Top + row * RowHeight;

    /// <summary>Segments of one stacked bar, scaled so that the largest total fills the bar area.</summary>
    public static IReadOnlyList<ChartSegment> Stack(IEnumerable<(string Label, int Value, string Fill)> parts, int max)
    {
        var segments = new List<ChartSegment>();
        double x = LabelWidth;
        foreach (var (label, value, fill) in parts)
        {
            if (value == 0) continue;
            var width = max == 0 ? 0 : (double)value / max * BarArea;
            segments.Add(new ChartSegment(label, value, x, width, fill));
            x += width;
        }
        return segments;
    }

    public static double End(IReadOnlyList<ChartSegment> segments) => segments.Count == 0 ? LabelWidth : segments[^1].X + segments[^1].Width;
}
