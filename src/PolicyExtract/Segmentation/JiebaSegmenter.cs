using PolicyExtract.Segmentation.Dictionary;

namespace PolicyExtract.Segmentation;

/// <summary>
/// The jieba algorithm (Python jieba 0.42 behaviour) over a compiled prefix dictionary: pre-split with
/// jieba's character classes, a DAG of dictionary words, the maximum log-probability route, and the BMES
/// HMM for runs of single characters the dictionary does not know. Immutable after construction and safe
/// to share across threads; per-call scratch space is kept per thread.
/// </summary>
public sealed class JiebaSegmenter : ISegmenter
{
    private readonly WordDictionary _main;
    private readonly UserWords? _user;
    private readonly HmmModel _hmm;
    private readonly double _logTotal;

    // Token texts are cut once per dictionary word and reused: most tokens of a document are dictionary
    // words, so this removes most per-token allocations. Racing writers store equal strings; a reference
    // store is atomic, so the caches need no lock.
    private readonly string?[] _mainText;
    private readonly string?[] _userText;
    private static readonly string?[] CharText = new string?[65536];

    [ThreadStatic] private static Scratch? _scratch;

    internal JiebaSegmenter(WordDictionary main, HmmModel hmm, IReadOnlyList<UserEntry> userEntries, bool hasFullDictionary)
    {
        _main = main;
        _hmm = hmm;
        HasFullDictionary = hasFullDictionary;
        _mainText = new string?[main.Trie.NodeCount];
        _userText = [];
        long total = main.Total;
        // Python jieba adds user words one by one: a word without a frequency gets suggest_freq() computed
        // from everything loaded before it, and each word adds its frequency to the total.
        var words = new Dictionary<string, (int Freq, string? Tag)>(StringComparer.Ordinal);
        JiebaSegmenter current = this;
        bool dirty = false;
        _user = null;
        _logTotal = Math.Log(total);
        foreach (var e in userEntries)
        {
            int freq;
            if (e.Freq is { } f)
                freq = f;
            else
            {
                if (dirty)
                {
                    current = new JiebaSegmenter(this, UserWords.Build(words), total);
                    dirty = false;
                }
                freq = current.SuggestFreq(e.Word, total);
            }
            string? tag = e.Tag;
            if (tag is null && words.TryGetValue(e.Word, out var old))
                tag = old.Tag;
            words[e.Word] = (freq, tag);
            total += freq;
            dirty = true;
        }
        if (words.Count > 0)
        {
            // A user word without a tag keeps the dictionary's tag (jieba's posseg merges the tag tables).
            foreach (var w in words.Keys.ToArray())
            {
                if (words[w].Tag is not null) continue;
                int m = main.Trie.Find(w);
                if (m != 0 && main.Freq[m] > 0 && main.TagNames[main.Tag[m]].Length > 0)
                    words[w] = (words[w].Freq, main.TagNames[main.Tag[m]]);
            }
            _user = UserWords.Build(words);
            _logTotal = Math.Log(total);
        }
        Total = total;
        _userText = new string?[_user?.Trie.NodeCount ?? 0];
    }

    /// <summary>The state part-way through loading user words, for suggest_freq; shares the owner's main-dictionary text cache.</summary>
    private JiebaSegmenter(JiebaSegmenter owner, UserWords user, long total)
    {
        _main = owner._main;
        _hmm = owner._hmm;
        _user = user;
        Total = total;
        _logTotal = Math.Log(total);
        HasFullDictionary = owner.HasFullDictionary;
        _mainText = owner._mainText;
        _userText = new string?[user.Trie.NodeCount];
    }

    /// <summary>True when the full jieba dictionary is loaded (false: project lexicon only).</summary>
    public bool HasFullDictionary { get; }

    /// <summary>Sum of all word frequencies, user words included.</summary>
    public long Total { get; }

    /// <summary>Number of words in the compiled dictionary (user words not counted).</summary>
    public int DictionaryWordCount => _main.WordCount;

    /// <summary>Number of user-dictionary words.</summary>
    public int UserWordCount => _user?.Count ?? 0;

    /// <inheritdoc />
    public IReadOnlyList<Token> Segment(string text, SegmentMode mode = SegmentMode.Precise, bool hmm = true)
    {
        // Policy text comes out at a little over one token per two characters (punctuation and line ends are tokens of
        // their own): sized for two per three, the list is not regrown and copied on most documents.
        var list = new List<Token>(text.Length * 2 / 3 + 4);
        Segment(text, 0, text.Length, list, mode, hmm);
        return list;
    }

    /// <inheritdoc />
    public void Segment(string text, int start, int end, List<Token> output, SegmentMode mode = SegmentMode.Precise, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        var scratch = _scratch ??= new Scratch();
        switch (mode)
        {
            case SegmentMode.Full:
                CutAll(text, start, end, output, scratch);
                break;
            case SegmentMode.Search:
                int first = output.Count;
                Cut(text, start, end, output, hmm, scratch);
                var precise = scratch.TakeTokens(output, first);
                foreach (var t in precise)
                    AddSearchGrams(text, t, output);
                break;
            default:
                Cut(text, start, end, output, hmm, scratch);
                break;
        }
    }

    /// <summary>Whether <paramref name="word"/> is a dictionary or user word with a positive frequency.</summary>
    public bool IsWord(string word) => WordCode(word.AsSpan()) != 0;

    /// <summary>The frequency jieba uses for <paramref name="word"/>, or null when it is not a word.</summary>
    public long? Frequency(string word)
    {
        int code = WordCode(word.AsSpan());
        if (code == 0) return null;
        return code > 0 ? _main.Freq[code] : _user!.Freq[-code];
    }

    /// <summary>
    /// jieba's suggest_freq(word, tune=False): the frequency that makes <paramref name="word"/> win over the
    /// pieces the dictionary would otherwise cut it into (product of the pieces' probabilities, times the
    /// total, plus one), never lower than its current frequency.
    /// </summary>
    private int SuggestFreq(string word, long total)
    {
        // Without a dictionary there is nothing to beat: any positive frequency keeps the word whole.
        if (total <= 0) return 1;
        var pieces = new List<Token>();
        Cut(word, 0, word.Length, pieces, hmm: false, _scratch ??= new Scratch());
        double ftotal = total;
        double freq = 1;
        foreach (var p in pieces)
            freq *= PythonFreq(p.Text, 1) / ftotal;
        long suggested = Math.Max((long)(freq * total) + 1, PythonFreq(word, 1));
        return (int)Math.Min(suggested, int.MaxValue);
    }

    /// <summary>Python jieba's <c>FREQ.get(w, default)</c>: prefixes of words are in FREQ with 0.</summary>
    private long PythonFreq(string w, long dflt)
    {
        if (_user is not null)
        {
            int u = _user.Trie.Find(w);
            if (u != 0 && _user.Freq[u] >= 0) return _user.Freq[u];
            int m0 = _main.Trie.Find(w);
            if (m0 != 0) return _main.Freq[m0];
            return u != 0 ? 0 : dflt;
        }
        int m = _main.Trie.Find(w);
        return m != 0 ? _main.Freq[m] : dflt;
    }

    // ---- precise mode --------------------------------------------------------------------------------

    private void Cut(string text, int start, int end, List<Token> output, bool hmm, Scratch scratch)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (CharClass.IsBlock(c))
            {
                int j = i + 1;
                while (j < end && CharClass.IsBlock(text[j])) j++;
                if (hmm) CutBlockHmm(text, i, j, output, scratch);
                else CutBlockNoHmm(text, i, j, output, scratch);
                i = j;
            }
            else
            {
                i = AddOther(text, i, end, output);
            }
        }
    }

    // Outside dictionary blocks jieba keeps "\r\n" and each whitespace character as tokens, and every
    // other character (punctuation, full-width forms, emoji) as a token of its own.
    private static int AddOther(string text, int i, int end, List<Token> output)
    {
        int len = 1;
        if (text[i] == '\r' && i + 1 < end && text[i + 1] == '\n') len = 2;
        else if (char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1])) len = 2;
        string s = len == 1 ? CharString(text[i]) : text.Substring(i, len);
        output.Add(new Token(s, i, i + len, "x"));
        return i + len;
    }

    /// <summary>Fills scratch.RouteEnd/RouteWord for the block [bs, be): jieba's calc() over get_DAG().</summary>
    private void Route(string text, int bs, int be, Scratch scratch)
    {
        int n = be - bs;
        scratch.EnsureRoute(n);
        var prob = scratch.RouteProb;
        var routeEnd = scratch.RouteEnd;
        var routeWord = scratch.RouteWord;
        var mainTrie = _main.Trie;
        var mainFreq = _main.Freq;
        var nodes = _main.Nodes;
        var labels = _main.Trie.Labels;
        var user = _user;
        double logTotal = _logTotal;
        prob[n] = 0;
        for (int idx = n - 1; idx >= 0; idx--)
        {
            int pos = bs + idx;
            double best = double.NegativeInfinity;
            int bestEnd = -1, bestWord = 0;
            int mNode = mainTrie.Root(text[pos]);
            int uNode = user is null ? 0 : user.Trie.Root(text[pos]);
            int j = pos;
            if (uNode == 0)
            {
                // The common case: only the compiled dictionary has words starting here.
                while (mNode != 0)
                {
                    double lf = nodes[mNode].LogFreq;
                    if (lf != double.NegativeInfinity)
                    {
                        double p = lf - logTotal + prob[j + 1 - bs];
                        // Ascending ends with >=: on a tie the longer word wins, as in jieba's max over (prob, end).
                        if (p >= best) { best = p; bestEnd = j + 1; bestWord = mNode; }
                    }
                    if (++j >= be) break;
                    mNode = NodeTrie.Child(nodes, labels, mNode, text[j]);
                }
            }
            else
            {
                while ((mNode | uNode) != 0)
                {
                    double lf = 0;
                    int word = 0;
                    if (uNode != 0 && user!.Freq[uNode] >= 0)
                    {
                        if (user.Freq[uNode] > 0) { lf = user.LogFreq[uNode]; word = -uNode; }
                    }
                    else if (mNode != 0 && mainFreq[mNode] > 0)
                    {
                        lf = nodes[mNode].LogFreq;
                        word = mNode;
                    }
                    if (word != 0)
                    {
                        double p = lf - logTotal + prob[j + 1 - bs];
                        if (p >= best) { best = p; bestEnd = j + 1; bestWord = word; }
                    }
                    if (++j >= be) break;
                    if (mNode != 0) mNode = mainTrie.Child(mNode, text[j]);
                    if (uNode != 0) uNode = user!.Trie.Child(uNode, text[j]);
                }
            }
            if (bestEnd < 0)
            {
                // No word starts here: the character alone, with jieba's frequency of 1 (log 1 = 0).
                best = 0 - logTotal + prob[idx + 1];
                bestEnd = pos + 1;
            }
            prob[idx] = best;
            routeEnd[idx] = bestEnd;
            routeWord[idx] = bestWord;
        }
    }

    private void CutBlockHmm(string text, int bs, int be, List<Token> output, Scratch scratch)
    {
        Route(text, bs, be, scratch);
        var routeEnd = scratch.RouteEnd;
        var routeWord = scratch.RouteWord;
        int x = bs, buf = -1;
        while (x < be)
        {
            int y = routeEnd[x - bs];
            if (y - x == 1)
            {
                if (buf < 0) buf = x;
            }
            else
            {
                if (buf >= 0)
                {
                    FlushSingles(text, bs, buf, x, output, scratch);
                    buf = -1;
                }
                AddWord(text, x, y, routeWord[x - bs], output);
            }
            x = y;
        }
        if (buf >= 0)
            FlushSingles(text, bs, buf, be, output, scratch);
    }

    // A run of characters the route left single: one character stays as it is; a run that is itself a
    // dictionary word stays split (jieba's "FREQ.get(buf)" rule: the route preferred the split); anything
    // else goes to the HMM.
    private void FlushSingles(string text, int bs, int a, int b, List<Token> output, Scratch scratch)
    {
        if (b - a == 1)
        {
            AddWord(text, a, b, scratch.RouteWord[a - bs], output);
        }
        else if (WordCode(text.AsSpan(a, b - a)) != 0)
        {
            for (int i = a; i < b; i++)
                AddWord(text, i, i + 1, scratch.RouteWord[i - bs], output);
        }
        else
        {
            HmmCut(text, a, b, output, scratch);
        }
    }

    /// <summary>jieba's finalseg.cut: Han runs through Viterbi, the rest split by <c>[a-zA-Z0-9]+(?:\.\d+)?%?</c>.</summary>
    private void HmmCut(string text, int a, int b, List<Token> output, Scratch scratch)
    {
        int i = a;
        while (i < b)
        {
            if (CharClass.IsHan(text[i]))
            {
                int j = i + 1;
                while (j < b && CharClass.IsHan(text[j])) j++;
                Viterbi(text, i, j, output, scratch);
                i = j;
                continue;
            }
            int k = i;
            while (k < b && !CharClass.IsHan(text[k]))
            {
                if (CharClass.IsAsciiAlnum(text[k]))
                {
                    if (k > i) AddWord(text, i, k, Unknown, output); // the characters between matches, as one piece
                    int m = k + 1;
                    while (m < b && CharClass.IsAsciiAlnum(text[m])) m++;
                    if (m + 1 < b && text[m] == '.' && CharClass.IsAsciiDigit(text[m + 1]))
                    {
                        m += 2;
                        while (m < b && CharClass.IsAsciiDigit(text[m])) m++;
                    }
                    if (m < b && text[m] == '%') m++;
                    AddWord(text, k, m, Unknown, output);
                    i = k = m;
                }
                else k++;
            }
            if (k > i) AddWord(text, i, k, Unknown, output);
            i = k;
        }
    }

    private void Viterbi(string text, int a, int b, List<Token> output, Scratch scratch)
    {
        int n = b - a;
        scratch.EnsureHmm(n);
        var states = scratch.States.AsSpan(0, n);
        _hmm.Viterbi(text, a, b, states, scratch.V, scratch.Back);
        int begin = 0, next = 0;
        for (int i = 0; i < n; i++)
        {
            switch (states[i])
            {
                case HmmModel.B:
                    begin = i;
                    break;
                case HmmModel.E:
                    AddHmmWord(text, a + begin, a + i + 1, output);
                    next = i + 1;
                    break;
                case HmmModel.S:
                    AddWord(text, a + i, a + i + 1, Unknown, output);
                    next = i + 1;
                    break;
            }
        }
        if (next < n)
            AddHmmWord(text, a + next, b, output);
    }

    // A user word with frequency 0 must never come out whole, not even from the HMM.
    private void AddHmmWord(string text, int s, int e, List<Token> output)
    {
        if (_user is not null && e - s > 1)
        {
            int u = _user.Trie.Find(text.AsSpan(s, e - s));
            if (u != 0 && _user.Freq[u] == 0)
            {
                for (int i = s; i < e; i++) AddWord(text, i, i + 1, Unknown, output);
                return;
            }
        }
        AddWord(text, s, e, Unknown, output);
    }

    private void CutBlockNoHmm(string text, int bs, int be, List<Token> output, Scratch scratch)
    {
        Route(text, bs, be, scratch);
        var routeEnd = scratch.RouteEnd;
        var routeWord = scratch.RouteWord;
        int x = bs, eng = -1;
        while (x < be)
        {
            int y = routeEnd[x - bs];
            if (y - x == 1 && CharClass.IsAsciiAlnum(text[x]))
            {
                // Single Latin letters and digits are glued back together (jieba's re_eng buffer).
                if (eng < 0) eng = x;
            }
            else
            {
                if (eng >= 0)
                {
                    AddWord(text, eng, x, Unknown, output);
                    eng = -1;
                }
                AddWord(text, x, y, routeWord[x - bs], output);
            }
            x = y;
        }
        if (eng >= 0)
            AddWord(text, eng, be, Unknown, output);
    }

    // ---- full and search modes ----------------------------------------------------------------------

    /// <summary>
    /// Full mode, as Python jieba's __cut_all on Han runs: every multi-character word at every position,
    /// and a single character only where no word covers it. Unlike Python, characters outside Han runs are
    /// not dropped: runs of [a-zA-Z0-9+#] come out whole and every other character as its own token, so the
    /// spans still account for the whole text.
    /// </summary>
    private void CutAll(string text, int start, int end, List<Token> output, Scratch scratch)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (CharClass.IsHan(c))
            {
                int j = i + 1;
                while (j < end && CharClass.IsHan(text[j])) j++;
                CutAllBlock(text, i, j, output, scratch);
                i = j;
            }
            else if (CharClass.IsFullModeLatin(c))
            {
                int j = i + 1;
                while (j < end && CharClass.IsFullModeLatin(text[j])) j++;
                AddWord(text, i, j, Unknown, output);
                i = j;
            }
            else
            {
                i = AddOther(text, i, end, output);
            }
        }
    }

    private void CutAllBlock(string text, int bs, int be, List<Token> output, Scratch scratch)
    {
        var ends = scratch.Ends;
        var words = scratch.Words;
        int oldJ = -1;
        for (int k = bs; k < be; k++)
        {
            ends.Clear();
            words.Clear();
            WordsAt(text, k, be, ends, words);
            if (ends.Count == 0)
            {
                ends.Add(k + 1);
                words.Add(0);
            }
            if (ends.Count == 1 && k > oldJ)
            {
                AddWord(text, k, ends[0], words[0], output);
                oldJ = ends[0] - 1;
            }
            else
            {
                for (int w = 0; w < ends.Count; w++)
                {
                    if (ends[w] - 1 > k)
                    {
                        AddWord(text, k, ends[w], words[w], output);
                        oldJ = ends[w] - 1;
                    }
                }
            }
        }
    }

    /// <summary>The ends (exclusive) and word codes of every word starting at <paramref name="pos"/>, ascending.</summary>
    private void WordsAt(string text, int pos, int be, List<int> ends, List<int> words)
    {
        int mNode = _main.Trie.Root(text[pos]);
        int uNode = _user is null ? 0 : _user.Trie.Root(text[pos]);
        int j = pos;
        while ((mNode | uNode) != 0)
        {
            int word = 0;
            if (uNode != 0 && _user!.Freq[uNode] >= 0)
            {
                if (_user.Freq[uNode] > 0) word = -uNode;
            }
            else if (mNode != 0 && _main.Freq[mNode] > 0)
                word = mNode;
            if (word != 0)
            {
                ends.Add(j + 1);
                words.Add(word);
            }
            if (++j >= be) break;
            if (mNode != 0) mNode = _main.Trie.Child(mNode, text[j]);
            if (uNode != 0) uNode = _user!.Trie.Child(uNode, text[j]);
        }
    }

    // jieba's cut_for_search: before each precise token longer than 2, its dictionary bigrams, then (longer
    // than 3) its dictionary trigrams.
    private void AddSearchGrams(string text, Token t, List<Token> output)
    {
        int len = t.End - t.Start;
        if (len > 2)
        {
            for (int i = t.Start; i + 2 <= t.End; i++)
            {
                int code = WordCode(text.AsSpan(i, 2));
                if (code != 0) AddWord(text, i, i + 2, code, output);
            }
        }
        if (len > 3)
        {
            for (int i = t.Start; i + 3 <= t.End; i++)
            {
                int code = WordCode(text.AsSpan(i, 3));
                if (code != 0) AddWord(text, i, i + 3, code, output);
            }
        }
        output.Add(t);
    }

    // ---- words, tags and texts -----------------------------------------------------------------------

    /// <summary>&gt;0: a main-dictionary node; &lt;0: a user node (negated); 0: not a word (frequency 0 or unknown).</summary>
    private int WordCode(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return 0;
        if (_user is not null)
        {
            int u = _user.Trie.Find(word);
            if (u != 0 && _user.Freq[u] >= 0)
                return _user.Freq[u] > 0 ? -u : 0;
        }
        int m = _main.Trie.Find(word);
        return m != 0 && _main.Freq[m] > 0 ? m : 0;
    }

    /// <summary>
    /// Adds the token [s, e). <paramref name="code"/> is what the caller already knows: a word code
    /// (see <see cref="WordCode"/>), or <see cref="Unknown"/> to look the word up for its tag.
    /// </summary>
    private void AddWord(string text, int s, int e, int code, List<Token> output)
    {
        var span = text.AsSpan(s, e - s);
        if (code == Unknown) code = WordCode(span);
        string str, tag;
        if (code > 0)
        {
            str = _mainText[code] ??= new string(span);
            tag = _main.TagNames[_main.Tag[code]];
            if (tag.Length == 0) tag = RuleTag(span);
        }
        else if (code < 0)
        {
            str = _userText[-code] ??= new string(span);
            tag = _user!.Tag[-code] ?? RuleTag(span);
        }
        else
        {
            str = e - s == 1 ? CharString(text[s]) : new string(span);
            tag = RuleTag(span);
        }
        output.Add(new Token(str, s, e, tag));
    }

    private const int Unknown = int.MinValue;

    /// <summary>The tag of a word the dictionary does not know (jieba-rs and cppjieba's rule): no Latin letter or digit "x", digits only "m", else "eng".</summary>
    private static string RuleTag(ReadOnlySpan<char> word)
    {
        int eng = 0, digits = 0;
        foreach (char c in word)
        {
            if (CharClass.IsAsciiAlnum(c))
            {
                eng++;
                if (CharClass.IsAsciiDigit(c)) digits++;
            }
        }
        return eng == 0 ? "x" : eng == digits ? "m" : "eng";
    }

    private static string CharString(char c) => CharText[c] ??= c.ToString();

    private sealed class Scratch
    {
        public double[] RouteProb = new double[256];
        public int[] RouteEnd = new int[256];
        public int[] RouteWord = new int[256];
        public byte[] States = new byte[256];
        public double[] V = new double[1024];
        public byte[] Back = new byte[1024];
        public List<int> Ends { get; } = [];
        public List<int> Words { get; } = [];
        private readonly List<Token> _taken = [];

        public void EnsureRoute(int n)
        {
            if (RouteProb.Length <= n)
            {
                int size = Math.Max(n + 1, RouteProb.Length * 2);
                RouteProb = new double[size];
                RouteEnd = new int[size];
                RouteWord = new int[size];
            }
        }

        public void EnsureHmm(int n)
        {
            if (States.Length < n)
            {
                int size = Math.Max(n, States.Length * 2);
                States = new byte[size];
                V = new double[size * 4];
                Back = new byte[size * 4];
            }
        }

        public List<Token> TakeTokens(List<Token> output, int first)
        {
            _taken.Clear();
            for (int i = first; i < output.Count; i++) _taken.Add(output[i]);
            output.RemoveRange(first, output.Count - first);
            return _taken;
        }
    }
}
