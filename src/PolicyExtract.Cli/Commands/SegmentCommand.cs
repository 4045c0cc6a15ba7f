using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyExtract.Segmentation;

namespace PolicyExtract.Cli.Commands;

/// <summary><c>policyextract segment</c>: jieba-compatible word segmentation, one output line per input line.</summary>
public static class SegmentCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A UTF-8 text file, or - for standard input." };
        var pos = new Option<bool>("--pos") { Description = "Add part-of-speech tags (word/tag)." };
        var noHmm = new Option<bool>("--no-hmm") { Description = "Do not guess unknown words with the HMM." };
        var mode = new Option<string>("--mode") { Description = "precise | full | search", DefaultValueFactory = _ => "precise" };
        mode.AcceptOnlyFromAmong("precise", "full", "search");
        var dict = new Option<string[]>("--dict") { Description = "A user dictionary (word [freq] [tag] per line), loaded after the project lexicon (repeatable)." };
        var noLexicon = new Option<bool>("--no-lexicon") { Description = "Leave out the project's own lexicon (plain jieba, for comparisons)." };
        var format = new Option<string>("--format", "-f") { Description = "text (tokens separated by spaces) | tokens (one per line, an empty line after each input line) | jsonl (one token object per line, with spans)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "tokens", "jsonl");

        var cmd = new Command("segment", "Cut Chinese text into words (jieba's algorithm and dictionary).");
        cmd.Arguments.Add(input);
        cmd.Options.Add(pos);
        cmd.Options.Add(noHmm);
        cmd.Options.Add(mode);
        cmd.Options.Add(dict);
        cmd.Options.Add(noLexicon);
        cmd.Options.Add(format);
        cmd.SetAction(pr => Run(
            pr.GetValue(input) ?? "-",
            pr.GetValue(pos),
            !pr.GetValue(noHmm),
            pr.GetValue(mode) ?? "precise",
            pr.GetValue(dict) ?? [],
            !pr.GetValue(noLexicon),
            pr.GetValue(format) ?? "text"));
        return cmd;
    }

    private static int Run(string input, bool pos, bool hmm, string modeName, string[] dicts, bool lexicon, string format)
    {
        foreach (var d in dicts)
            if (!File.Exists(d))
                throw new UsageException($"{d}: user dictionary not found");
        string text;
        try
        {
            text = input == "-" ? ReadStdin() : File.ReadAllText(input, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            CliRunner.Error($"{input}: {(ex is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : ex.Message)}");
            return ExitCodes.Failed;
        }

        JiebaSegmenter segmenter;
        string? warning;
        try
        {
            (segmenter, warning) = SegmenterFactory.LoadDefault(dicts, lexicon);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            CliRunner.Error(ex.Message);
            return ExitCodes.Failed;
        }
        if (warning is not null)
            CliRunner.Error("warning: " + warning);

        var mode = modeName switch
        {
            "full" => SegmentMode.Full,
            "search" => SegmentMode.Search,
            _ => SegmentMode.Precise,
        };

        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        using var writer = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16);
        var tokens = new List<Token>();
        var json = format == "jsonl" ? new JsonLineWriter(stdout) : null;
        int lineNo = 0;
        foreach (var (start, end) in Lines(text))
        {
            lineNo++;
            tokens.Clear();
            segmenter.Segment(text, start, end, tokens, mode, hmm);
            switch (format)
            {
                case "tokens":
                    foreach (var t in tokens)
                    {
                        writer.Write(t.Text);
                        if (pos) { writer.Write('/'); writer.Write(t.Tag); }
                        writer.Write('\n');
                    }
                    writer.Write('\n');
                    break;
                case "jsonl":
                    foreach (var t in tokens)
                        json!.Write(lineNo, t, pos);
                    break;
                default:
                    for (int i = 0; i < tokens.Count; i++)
                    {
                        if (i > 0) writer.Write(' ');
                        writer.Write(tokens[i].Text);
                        if (pos) { writer.Write('/'); writer.Write(tokens[i].Tag); }
                    }
                    writer.Write('\n');
                    break;
            }
        }
        return ExitCodes.Ok;
    }

    private static string ReadStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var reader = new StreamReader(stdin, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Input lines as spans of the text: split on \n, a trailing \r left out, and a final newline ending the last line rather than starting an empty one.</summary>
    private static IEnumerable<(int Start, int End)> Lines(string text)
    {
        int s = 0;
        while (s <= text.Length)
        {
            int nl = text.IndexOf('\n', s);
            if (nl < 0)
            {
                if (s < text.Length || s == 0) yield return (s, TrimCr(text, s, text.Length));
                yield break;
            }
            yield return (s, TrimCr(text, s, nl));
            s = nl + 1;
        }
    }

    private static int TrimCr(string text, int s, int e) => e > s && text[e - 1] == '\r' ? e - 1 : e;

    /// <summary>One JSON object per token, written as UTF-8 straight to the output stream through one reused writer.</summary>
    private sealed class JsonLineWriter(Stream output)
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(256);
        private readonly Utf8JsonWriter _json = new(Stream.Null, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        public void Write(int line, Token t, bool pos)
        {
            _buffer.ResetWrittenCount();
            _json.Reset(_buffer);
            _json.WriteStartObject();
            _json.WriteString("text", t.Text);
            _json.WriteNumber("start", t.Start);
            _json.WriteNumber("end", t.End);
            _json.WriteNumber("line", line);
            if (pos) _json.WriteString("tag", t.Tag);
            _json.WriteEndObject();
            _json.Flush();
            output.Write(_buffer.WrittenSpan);
            output.WriteByte((byte)'\n');
        }
    }
}
