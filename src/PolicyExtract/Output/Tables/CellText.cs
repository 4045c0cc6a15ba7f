using System.Globalization;

namespace PolicyExtract.Output.Tables;

/// <summary>How typed cells are spelled in text: invariant culture, no thousands separators, no exponents, ISO dates.</summary>
public static class CellText
{
    public static string Format(object? cell) => cell switch
    {
        null => "",
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => Number(d),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The shortest text that reads back as the same double, without an exponent (1E+15 would not look like a number to most people).</summary>
    public static string Number(double value)
    {
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        if (r.Contains('E', StringComparison.Ordinal) && Math.Abs(value) < 7.9e28 && Math.Abs(value) > 1e-20)
            return ((decimal)value).ToString(CultureInfo.InvariantCulture);
        return r;
    }
}
