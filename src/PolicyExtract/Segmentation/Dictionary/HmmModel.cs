using System.Globalization;

namespace PolicyExtract.Segmentation.Dictionary;

/// <summary>
/// jieba's character-level BMES model for words the dictionary does not know: start, transition and
/// emission log-probabilities, states ordered B=0, E=1, M=2, S=3 (the order of cppjieba's hmm_model.utf8,
/// and also the order jieba breaks ties in).
/// </summary>
internal sealed class HmmModel
{
    public const int B = 0, E = 1, M = 2, S = 3;

    /// <summary>jieba's stand-in for log(0).</summary>
    public const double MinFloat = -3.14e100;

    private const uint Magic = 0x484A5850; // "PXJH"

    public HmmModel(double[] start, double[] trans, char[] emitChars, double[] emitValues)
    {
        Start = start;
        Trans = trans;
        EmitChars = emitChars;
        EmitValues = emitValues;
        // A flat table indexed by char*4+state: one load per (char, state) in the Viterbi inner loop.
        Emit = GC.AllocateUninitializedArray<double>(65536 * 4);
        Array.Fill(Emit, MinFloat);
        for (int i = 0; i < emitChars.Length; i++)
            for (int s = 0; s < 4; s++)
                Emit[emitChars[i] * 4 + s] = emitValues[i * 4 + s];
    }

    public double[] Start { get; }

    /// <summary>Row-major: Trans[from*4+to].</summary>
    public double[] Trans { get; }

    public double[] Emit { get; }

    private char[] EmitChars { get; }

    private double[] EmitValues { get; }

    /// <summary>A model that can only say "single character"; used when no model file is available.</summary>
    public static HmmModel Empty { get; } = new([MinFloat, MinFloat, MinFloat, 0], [MinFloat, MinFloat, MinFloat, MinFloat, MinFloat, MinFloat, MinFloat, MinFloat, MinFloat, MinFloat, MinFloat, MinFloat, MinFloat, MinFloat, MinFloat, 0], [], []);

    /// <summary>
    /// Parses cppjieba's hmm_model.utf8: '#' lines are comments; the data lines are, in order, the 4 start
    /// probabilities, 4 rows of the 4x4 transition matrix, then one emission line per state (B, E, M, S) of
    /// comma-separated <c>char:logprob</c> pairs. (Python jieba keeps the same numbers in prob_*.py files.)
    /// </summary>
    public static HmmModel ParseText(TextReader reader, string sourceName)
    {
        var data = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line[0] == '#') continue;
            data.Add(line);
        }
        if (data.Count != 9)
            throw new InvalidDataException($"{sourceName}: expected 9 data lines (start, 4 transition rows, 4 emission lines), found {data.Count}");
        var start = ParseRow(data[0], sourceName);
        var trans = new double[16];
        for (int r = 0; r < 4; r++)
            ParseRow(data[1 + r], sourceName).CopyTo(trans, r * 4);
        var emit = new Dictionary<char, double[]>();
        for (int s = 0; s < 4; s++)
        {
            foreach (var pair in data[5 + s].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = pair.LastIndexOf(':');
                if (colon != 1)
                    throw new InvalidDataException($"{sourceName}: bad emission entry '{pair}'");
                char c = pair[0];
                if (!emit.TryGetValue(c, out var row))
                {
                    row = [MinFloat, MinFloat, MinFloat, MinFloat];
                    emit[c] = row;
                }
                row[s] = double.Parse(pair.AsSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }
        var chars = emit.Keys.Order().ToArray();
        var values = new double[chars.Length * 4];
        for (int i = 0; i < chars.Length; i++)
            emit[chars[i]].CopyTo(values, i * 4);
        return new HmmModel(start, trans, chars, values);
    }

    private static double[] ParseRow(string line, string sourceName)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4)
            throw new InvalidDataException($"{sourceName}: expected 4 numbers in '{line}'");
        return parts.Select(p => double.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Magic);
        BinaryIO.WriteArray(w, Start);
        BinaryIO.WriteArray(w, Trans);
        w.Write(EmitChars.Length);
        BinaryIO.WriteArray(w, EmitChars);
        BinaryIO.WriteArray(w, EmitValues);
    }

    public static HmmModel Read(BinaryReader r, string sourceName)
    {
        if (r.ReadUInt32() != Magic)
            throw new InvalidDataException($"{sourceName}: HMM section missing");
        var start = BinaryIO.ReadArray<double>(r, 4);
        var trans = BinaryIO.ReadArray<double>(r, 16);
        int n = r.ReadInt32();
        var chars = BinaryIO.ReadArray<char>(r, n);
        var values = BinaryIO.ReadArray<double>(r, n * 4);
        return new HmmModel(start, trans, chars, values);
    }

    /// <summary>
    /// Viterbi over <paramref name="text"/>[start, end): writes the best state of each character into
    /// <paramref name="states"/>. Mirrors jieba: previous-state candidates per state are B:{E,S}, M:{M,B},
    /// S:{S,E}, E:{B,M}; ties go to the later state letter; the path must end in E or S.
    /// </summary>
    public void Viterbi(string text, int start, int end, Span<byte> states, double[] v, byte[] back)
    {
        int n = end - start;
        var emit = Emit;
        var trans = Trans;
        int c0 = text[start] * 4;
        for (int s = 0; s < 4; s++)
            v[s] = Start[s] + emit[c0 + s];
        for (int t = 1; t < n; t++)
        {
            int c = text[start + t] * 4;
            int p = (t - 1) * 4, q = t * 4;
            // B from E or S
            Pick(v, back, q + B, v[p + E] + trans[E * 4 + B], E, v[p + S] + trans[S * 4 + B], S, emit[c + B]);
            // M from M or B
            Pick(v, back, q + M, v[p + M] + trans[M * 4 + M], M, v[p + B] + trans[B * 4 + M], B, emit[c + M]);
            // E from B or M
            Pick(v, back, q + E, v[p + B] + trans[B * 4 + E], B, v[p + M] + trans[M * 4 + E], M, emit[c + E]);
            // S from S or E
            Pick(v, back, q + S, v[p + S] + trans[S * 4 + S], S, v[p + E] + trans[E * 4 + S], E, emit[c + S]);
        }
        int last = (n - 1) * 4;
        int state = v[last + S] >= v[last + E] ? S : E;
        for (int t = n - 1; t >= 0; t--)
        {
            states[t] = (byte)state;
            if (t > 0) state = back[t * 4 + state];
        }
    }

    // jieba adds the emission inside the comparison: (V[t-1][y0] + trans + emit); keeping that order keeps
    // the floating-point sums, and so the ties, identical.
    private static void Pick(double[] v, byte[] back, int at, double a, int sa, double b, int sb, double em)
    {
        double pa = a + em, pb = b + em;
        bool takeA = pa > pb || (pa == pb && sa > sb);
        v[at] = takeA ? pa : pb;
        back[at] = (byte)(takeA ? sa : sb);
    }
}
