using System.Text.RegularExpressions;

namespace PolicyExtract.Text;

/// <summary>
/// A regular expression that runs interpreted until its searches have done enough work to repay compiling it to IL,
/// then compiled. Compiling costs a few milliseconds a pattern (emit and JIT); the interpreter's extra cost is about
/// 0.02–0.4 µs a character and 0.1–75 µs a search (a search of a short text still tries every start), so a pattern
/// repays its compilation within some <see cref="CompileAfterWork"/> characters or a few thousand short searches: a run
/// over a few files compiles nothing, a batch compiles the patterns it uses within its first documents. Both engines
/// find the same matches. Thread-safe: workers share one instance.
/// </summary>
public sealed class EarnedRegex
{
    /// <summary>Work, in characters searched plus <see cref="CallWork"/> a search, after which the pattern is compiled.</summary>
    public const long CompileAfterWork = 100_000;

    /// <summary>What one search counts towards <see cref="CompileAfterWork"/> besides its characters.</summary>
    public const int CallWork = 32;

    private readonly Regex _interpreted;
    private Regex? _compiled;
    private long _work;

    /// <summary>
    /// Over a pattern as constructed; one constructed with <see cref="RegexOptions.Compiled"/>, or built by the source
    /// generator (a class derived from <see cref="Regex"/>), is used as it is.
    /// </summary>
    public EarnedRegex(Regex pattern)
    {
        _interpreted = pattern;
        if ((pattern.Options & RegexOptions.Compiled) != 0 || pattern.GetType() != typeof(Regex))
            _compiled = pattern;
    }

    /// <summary>
    /// Over an interpreted pattern whose compiled form, when earned, is <paramref name="built"/> (the same pattern built by
    /// the source generator) instead of one compiled at run time; null: compiled at run time.
    /// </summary>
    public EarnedRegex(Regex pattern, Func<Regex>? built) : this(pattern)
    {
        _built = built;
    }

    private readonly Func<Regex>? _built;

    public EarnedRegex(string pattern, RegexOptions options) : this(new Regex(pattern, options & ~RegexOptions.Compiled))
    {
    }

    /// <summary>True once searches go through the compiled pattern.</summary>
    public bool IsCompiled => Volatile.Read(ref _compiled) is not null;

    /// <summary>
    /// Takes the built pattern now, without waiting to earn it, when there is one (see <see cref="EarnedRegex(Regex, Func{Regex})"/>):
    /// for a caller that knows a long run is coming. Nothing is compiled at run time here.
    /// </summary>
    public void UseBuiltNow()
    {
        if (_built is not null && Volatile.Read(ref _compiled) is null)
            Interlocked.CompareExchange(ref _compiled, _built(), null);
    }

    /// <summary>The engine for a search of <paramref name="chars"/> characters: the compiled pattern once it has been earned.</summary>
    public Regex For(int chars)
    {
        if (Volatile.Read(ref _compiled) is { } fast)
            return fast;
        long work = chars + CallWork;
        long after = Interlocked.Add(ref _work, work);
        if (after < CompileAfterWork || after - work >= CompileAfterWork)
            return _interpreted;
        // Exactly one caller's search crosses the threshold: it compiles; the others keep the interpreted pattern meanwhile.
        var compiled = _built?.Invoke()
            ?? new Regex(_interpreted.ToString(), _interpreted.Options | RegexOptions.Compiled, _interpreted.MatchTimeout);
        Volatile.Write(ref _compiled, compiled);
        return compiled;
    }

    /// <summary>The first match in <paramref name="input"/> from <paramref name="startat"/> (as <see cref="Regex.Match(string, int)"/>).</summary>
    public Match Match(string input, int startat = 0) => For(input.Length - startat).Match(input, startat);

    public bool IsMatch(string input) => For(input.Length).IsMatch(input);

    public MatchCollection Matches(string input) => For(input.Length).Matches(input);

    public string Replace(string input, MatchEvaluator evaluator) => For(input.Length).Replace(input, evaluator);

    public override string ToString() => _interpreted.ToString();
}
