namespace PolicyExtract.Rules.Gazetteers;

/// <summary>
/// One problem in a gazetteer or unit file, with a stable code (PE3xx) and a 1-based line and column.
/// <see cref="ToString"/> gives the form printed to users: <c>rules/units.yaml:14:7: [PE304] unknown unit class 'areas'</c>.
/// </summary>
public sealed record GazetteerError(string File, int Line, int Column, string Code, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: [{Code}] {Message}";
}

/// <summary>The stable error codes of gazetteer files.</summary>
public static class GazetteerErrorCodes
{
    /// <summary>The file is not valid YAML.</summary>
    public const string Syntax = "PE301";

    /// <summary>A node has the wrong shape (a list where a mapping was expected, a missing key).</summary>
    public const string Shape = "PE302";

    /// <summary>A required field is missing or empty.</summary>
    public const string Missing = "PE303";

    /// <summary>A value is not one of the allowed ones (unit class, comparator, level).</summary>
    public const string BadValue = "PE304";

    /// <summary>The same key is defined twice in one file.</summary>
    public const string Duplicate = "PE305";

    /// <summary>An unknown key, usually a typo.</summary>
    public const string UnknownKey = "PE306";

    /// <summary>A file could not be read.</summary>
    public const string Io = "PE307";
}

/// <summary>Thrown when gazetteer files fail to load, with every error found in every file.</summary>
public sealed class GazetteerLoadException(IReadOnlyList<GazetteerError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<GazetteerError> Errors { get; } = errors;
}
