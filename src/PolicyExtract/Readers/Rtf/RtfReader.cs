using System.Text;
using PolicyExtract.Model;
using PolicyExtract.Readers.Doc;

namespace PolicyExtract.Readers.Rtf;

/// <summary>
/// A minimal RTF text reader, for the .doc files government sites serve that are really RTF.
/// Keeps the text of the body (\uN with its \ucN fallback skipped, \'hh decoded with the current font's charset
/// or \ansicpg), paragraphs (\par), tables (\cell, \row; nested \nestcell/\nestrow folded into the outer cell),
/// field results (\fldrslt, never \fldinst), tracked deletions (\deleted) dropped, and headers/footers apart; drops every other destination
/// (font and colour tables, style sheet, pictures, objects, footnotes, \* extensions).
/// </summary>
public sealed class RtfReader : IDocumentReader
{
    static RtfReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public SourceFormat Format => SourceFormat.Rtf;

    /// <summary>Whether the content starts like RTF ("{\rtf", after optional whitespace or a UTF-8 BOM).</summary>
    public static bool LooksLikeRtf(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
            head = head[3..];
        while (head.Length > 0 && head[0] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')
            head = head[1..];
        return head.StartsWith("{\\rtf"u8);
    }

    public PolicyDocument Read(ReadOnlyMemory<byte> bytes, string path)
    {
        var span = bytes.Span;
        if (span.Length == 0)
            throw new DocumentReadException("empty file");
        if (!LooksLikeRtf(span))
            throw new DocumentReadException("not an RTF file (no {\\rtf header)");
        var parser = new RtfParser(span.ToArray());
        parser.Run();
        var (text, blocks) = parser.Body.Build();
        if (blocks.Count == 0)
            throw new DocumentReadException("RTF document has no text in its body");
        var metadata = parser.Info
            .Where(kv => !string.IsNullOrWhiteSpace(kv.Value))
            .Select(kv => new MetadataEntry(kv.Key switch
            {
                "title" => MetadataKeys.PropertiesTitle,
                "author" => MetadataKeys.PropertiesCreator,
                _ => "properties." + kv.Key,
            }, kv.Value.Trim(), null) { Label = kv.Key })
            .ToList();
        var source = new SourceInfo(path, SourceFormat.Rtf, null, SourceFiles.Sha256Hex(span), span.Length);
        return new PolicyDocument
        {
            Source = source,
            Text = text,
            Blocks = blocks,
            Metadata = metadata,
            HeadersAndFooters = parser.Headers,
            ReadWarnings = parser.Warnings,
        };
    }
}

/// <summary>The RTF tokenizer and the little state machine over it.</summary>
internal sealed class RtfParser(byte[] data)
{
    private enum Dest { Body, Skip, Header, FontTable, Info }

    /// <summary>Group state that RTF saves at '{' and restores at '}'.</summary>
    // OuterDest: where text went outside the current \upr group (see "upr" in Apply).
    // Deleted: inside \deleted character formatting (a tracked deletion).
    // ListLabel: inside {\listtext …} or {\pntext …}, the list label written out for readers without list support.
    private sealed record State(Dest Dest, int Uc, int CodePage, bool InTable, string? InfoKey, Dest OuterDest = Dest.Body,
        bool Deleted = false, bool ListLabel = false);

    private readonly Stack<State> _stack = new();
    private State _state = new(Dest.Body, 1, 1252, false, null);
    private readonly StringBuilder _para = new();
    private readonly StringBuilder _header = new();
    private readonly List<string> _cellParagraphs = [];
    private readonly List<byte> _pendingBytes = [];
    private readonly Dictionary<int, int> _fontCodePages = [];
    private int _defaultCodePage = 1252;
    private int _skipFallback; // characters still to skip after a \uN
    private int _fontBeingDefined = -1;
    private int _paragraphNo;
    private int _tableNo;

    public BlockBuilder Body { get; } = new();
    public List<string> Headers { get; } = [];
    public List<string> Warnings { get; } = [];
    public Dictionary<string, string> Info { get; } = [];

    public void Run()
    {
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            if (b == '{')
            {
                FlushBytes();
                _stack.Push(_state);
                i++;
            }
            else if (b == '}')
            {
                FlushBytes();
                EndGroup();
                i++;
            }
            else if (b == '\\')
                i = ControlWord(i);
            else if (b is (byte)'\r' or (byte)'\n')
                i++;
            else
            {
                // Raw 8-bit text is in the current code page, like \'hh.
                if (b >= 0x80) AddByte(b);
                else { FlushBytes(); AddChar((char)b); }
                i++;
            }
        }
        FlushBytes();
        EndParagraph(cell: false);
        FlushCell();
        if (_stack.Count > 0)
            Warnings.Add("RTF ends with unclosed groups");
    }

    private void EndGroup()
    {
        var closing = _state;
        if (_stack.Count == 0)
            return;
        _state = _stack.Pop();
        if (closing.Dest == Dest.Header && _state.Dest != Dest.Header)
        {
            EndParagraph(cell: false);
            var text = string.Join('\n', BlockBuilder.JoinBreaks(_header.ToString()).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            if (text.Length > 0 && !Headers.Contains(text))
                Headers.Add(text);
            _header.Clear();
        }
        if (closing.Dest == Dest.FontTable && _fontBeingDefined >= 0 && _state.Dest != Dest.FontTable)
            _fontBeingDefined = -1;
        _skipFallback = 0;
    }

    private int ControlWord(int i)
    {
        int start = i + 1;
        if (start >= data.Length)
            return data.Length;
        byte c = data[start];
        if (!IsLetter(c))
        {
            // Control symbols.
            switch ((char)c)
            {
                case '\'':
                    if (start + 2 < data.Length && TryHex(data[start + 1], data[start + 2], out byte v))
                        AddByte(v); // counts as one fallback character after \uN
                    return start + 3;
                case '*':
                    _state = _state with { Dest = Dest.Skip };
                    return start + 1;
                case '~': FlushBytes(); AddChar('\u00A0'); break;
                case '_': FlushBytes(); AddChar('-'); break;
                case '-': break; // optional hyphen
                case '\r' or '\n': FlushBytes(); EndParagraph(cell: false); break; // "\<newline>" is \par
                default: FlushBytes(); AddChar((char)c); break; // \\ \{ \}
            }
            return start + 1;
        }
        int p = start;
        while (p < data.Length && IsLetter(data[p])) p++;
        string word = Encoding.ASCII.GetString(data, start, p - start);
        int? param = null;
        int q = p;
        if (q < data.Length && (data[q] == '-' || IsDigit(data[q])))
        {
            q++;
            while (q < data.Length && IsDigit(data[q])) q++;
            if (int.TryParse(Encoding.ASCII.GetString(data, p, q - p), out int n)) param = n;
        }
        if (q < data.Length && data[q] == ' ') q++; // the delimiting space belongs to the control word
        // \binN: N raw bytes follow (picture data); they must not be read as RTF.
        if (word == "bin" && param is > 0)
            return (int)Math.Min(data.Length, (long)q + param.Value);
        if (word != "u") FlushBytes();
        Apply(word, param);
        return q;
    }

    private void Apply(string word, int? param)
    {
        switch (word)
        {
            case "ansicpg" when param is > 0: _defaultCodePage = param.Value; _state = _state with { CodePage = param.Value }; return;
            case "uc": _state = _state with { Uc = Math.Max(0, param ?? 1) }; return;
            case "u" when param is { } u:
                FlushBytes();
                if (_skipFallback > 0) _skipFallback = 0;
                AddChar((char)(u < 0 ? u + 65536 : u));
                _skipFallback = _state.Uc;
                return;
            case "fonttbl": _state = _state with { Dest = Dest.FontTable }; return;
            case "f" when param is { } f:
                if (_state.Dest == Dest.FontTable) { _fontBeingDefined = f; _fontCodePages.TryAdd(f, _defaultCodePage); }
                else _state = _state with { CodePage = _fontCodePages.GetValueOrDefault(f, _defaultCodePage) };
                return;
            case "fcharset" when param is { } cs && _state.Dest == Dest.FontTable && _fontBeingDefined >= 0:
                if (CharsetCodePage(cs) is { } cp) _fontCodePages[_fontBeingDefined] = cp;
                return;
            case "cpg" when param is > 0 && _state.Dest == Dest.FontTable && _fontBeingDefined >= 0:
                _fontCodePages[_fontBeingDefined] = param.Value;
                return;
            case "colortbl" or "stylesheet" or "pict" or "object" or "footnote" or "fldinst" or "themedata"
                or "colorschememapping" or "datastore" or "latentstyles" or "listtable" or "listoverridetable"
                or "rsidtbl" or "generator" or "nonshppict" or "nonesttables" or "xmlnstbl" or "bkmkstart" or "bkmkend" or "annotation" or "atnid":
                _state = _state with { Dest = Dest.Skip };
                return;
            case "nestrow" when _stack.Count > 0 && _stack.Peek().Dest == Dest.Body:
                // Written inside {\*\nesttableprops …}: ends a row of a nested table, kept as text of the outer cell.
                if (_para.Length > 0 && _para[^1] == '\t') _para.Length--;
                _para.Append(' ');
                return;
            case "info": _state = _state with { Dest = Dest.Info }; return;
            case "title" or "author" or "subject" or "keywords" when _state.Dest == Dest.Info:
                // A later group for the same property (the Unicode one of \upr, a repeated author) replaces the earlier one.
                Info[word] = "";
                _state = _state with { Dest = Dest.Info, InfoKey = word };
                return;
            case "upr":
                // {\upr{ANSI text}{\*\ud{Unicode text}}}: the same text twice; keep only the Unicode copy.
                _state = _state with { OuterDest = _state.Dest, Dest = Dest.Skip };
                return;
            case "ud":
                _state = _state with { Dest = _state.OuterDest };
                return;
            case "header" or "headerl" or "headerr" or "headerf" or "footer" or "footerl" or "footerr" or "footerf":
                if (_state.Dest == Dest.Body) _state = _state with { Dest = Dest.Header };
                return;
        }
        if (_state.Dest is Dest.Skip or Dest.FontTable)
            return;
        switch (word)
        {
            case "par": EndParagraph(cell: false); break;
            case "sect" or "page": EndParagraph(cell: false); break;
            case "line": AddChar(BlockBuilder.LineBreak); break;
            case "tab": AddChar('\t'); break;
            case "cell": EndParagraph(cell: true); break;
            case "nestcell": AddChar(' '); break; // a nested cell stays inside the outer cell's text
            case "row":
                if (_state.Dest == Dest.Body)
                {
                    // Text between the last \cell and \row is row formatting, not a cell of its own.
                    if (!string.IsNullOrWhiteSpace(_para.ToString())) _cellParagraphs.Add(_para.ToString());
                    _para.Clear();
                    FlushCell();
                    Body.EndRow();
                }
                break;
            case "intbl": _state = _state with { InTable = true }; break;
            case "deleted": _state = _state with { Deleted = param != 0 }; break;
            case "listtext" or "pntext": _state = _state with { ListLabel = true }; break;
            case "plain": _state = _state with { Deleted = false }; break;
            case "pard": _state = _state with { InTable = false }; break;
            case "emdash": AddChar('\u2014'); break;
            case "endash": AddChar('\u2013'); break;
            case "lquote": AddChar('\u2018'); break;
            case "rquote": AddChar('\u2019'); break;
            case "ldblquote": AddChar('\u201C'); break;
            case "rdblquote": AddChar('\u201D'); break;
            case "bullet": AddChar('\u2022'); break;
            case "emspace" or "enspace" or "qmspace": AddChar(' '); break;
        }
    }

    private void AddByte(byte b)
    {
        if (_skipFallback > 0) { _skipFallback--; return; }
        _pendingBytes.Add(b);
    }

    /// <summary>Decodes pending \'hh bytes together: a GBK character is two of them.</summary>
    private void FlushBytes()
    {
        if (_pendingBytes.Count == 0)
            return;
        Encoding enc;
        try { enc = Encoding.GetEncoding(_state.CodePage); }
        catch (Exception) { enc = Encoding.Latin1; }
        var text = enc.GetString(_pendingBytes.ToArray());
        _pendingBytes.Clear();
        foreach (char ch in text) Append(ch);
    }

    private void AddChar(char c)
    {
        if (_skipFallback > 0) { _skipFallback--; return; }
        Append(c);
    }

    private void Append(char c)
    {
        if (_state.Deleted)
            return; // Word does not show tracked deletions
        if (_state.ListLabel && char.IsWhiteSpace(c))
            return; // "一、\t": the tab only aligns the text after the label, as in the .doc reader
        switch (_state.Dest)
        {
            case Dest.Body: _para.Append(c); break;
            case Dest.Header: _header.Append(c); break;
            case Dest.Info when _state.InfoKey is { } key:
                Info[key] = Info.GetValueOrDefault(key, "") + c;
                break;
        }
    }

    private void EndParagraph(bool cell)
    {
        if (_state.Dest == Dest.Header)
        {
            _header.Append('\n');
            return;
        }
        if (_state.Dest != Dest.Body)
            return;
        string text = _para.ToString();
        _para.Clear();
        if (cell || _state.InTable)
        {
            _cellParagraphs.Add(text);
            if (cell) FlushCell(force: true);
            return;
        }
        FlushCell();
        if (Body.InTable)
            _tableNo++;
        _paragraphNo++;
        Body.AddParagraph(text, $"paragraph {_paragraphNo}");
    }

    private void FlushCell(bool force = false)
    {
        if (_cellParagraphs.Count == 0 && !force)
            return;
        Body.AddCell(string.Join(' ', _cellParagraphs.Select(p => p.Trim()).Where(p => p.Length > 0)), $"table {_tableNo + 1}");
        _cellParagraphs.Clear();
    }

    private static int? CharsetCodePage(int charset) => charset switch
    {
        0 => 1252, 128 => 932, 129 => 949, 134 => 936, 136 => 950, 161 => 1253, 162 => 1254,
        177 => 1255, 178 => 1256, 186 => 1257, 204 => 1251, 222 => 874, 238 => 1250,
        _ => null,
    };

    private static bool IsLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool TryHex(byte hi, byte lo, out byte value)
    {
        int h = HexValue(hi), l = HexValue(lo);
        value = (byte)(h * 16 + l);
        return h >= 0 && l >= 0;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
