using System.Globalization;
using System.Text;
using System.Xml;

namespace PolicyExtract.Validation;

/// <summary>The report formats of <c>check</c>: text for people, GitHub Actions workflow commands, JUnit XML.</summary>
public static class CheckReports
{
    public static IReadOnlyList<string> Formats { get; } = ["text", "github", "junit"];

    public static void Write(string format, TextWriter output, IReadOnlyList<DocumentCheck> documents)
    {
        switch (format)
        {
            case "text": WriteText(output, documents); break;
            case "github": WriteGitHub(output, documents); break;
            case "junit": WriteJUnit(output, documents); break;
            default: throw new ArgumentException($"unknown report format '{format}'", nameof(format));
        }
    }

    /// <summary><c>PASS path</c> or <c>FAIL path</c>, each problem indented under it, and a summary line.</summary>
    public static void WriteText(TextWriter output, IReadOnlyList<DocumentCheck> documents)
    {
        foreach (var d in documents)
        {
            output.Write(d.Passed ? "PASS " : "FAIL ");
            output.Write(d.Path);
            output.Write('\n');
            foreach (var p in d.Problems)
            {
                output.Write("  ");
                if (p.Line is { } line)
                    output.Write($"line {line}: ");
                output.Write(p.Check);
                output.Write(": ");
                output.Write(p.Message);
                output.Write('\n');
            }
        }
        output.Write(Summary(documents));
        output.Write('\n');
    }

    public static string Summary(IReadOnlyList<DocumentCheck> documents)
    {
        int failed = documents.Count(d => !d.Passed);
        return $"{documents.Count} document{(documents.Count == 1 ? "" : "s")} checked: {documents.Count - failed} passed, {failed} failed";
    }

    /// <summary>
    /// One <c>::error file=PATH,line=N,title=CHECK::MESSAGE</c> per problem, which GitHub Actions shows on the file.
    /// A problem that belongs to no item is put on line 1, the document's head, where its number, title and date are.
    /// </summary>
    public static void WriteGitHub(TextWriter output, IReadOnlyList<DocumentCheck> documents)
    {
        foreach (var d in documents)
            foreach (var p in d.Problems)
            {
                output.Write("::error file=");
                output.Write(EscapeProperty(d.Path));
                output.Write(",line=");
                output.Write((p.Line ?? 1).ToString(CultureInfo.InvariantCulture));
                output.Write(",title=");
                output.Write(EscapeProperty("policyextract " + p.Check));
                output.Write("::");
                output.Write(EscapeData(p.Message));
                output.Write('\n');
            }
    }

    // The escapes of the workflow-command syntax (actions/toolkit, command.ts).
    internal static string EscapeData(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    internal static string EscapeProperty(string s) => EscapeData(s).Replace(":", "%3A").Replace(",", "%2C");

    /// <summary>
    /// JUnit XML as CI servers read it: one &lt;testsuite&gt; per document, one &lt;testcase&gt; per check, a
    /// &lt;failure&gt; for a failed check and an &lt;error&gt; for a document that could not be read.
    /// </summary>
    public static void WriteJUnit(TextWriter output, IReadOnlyList<DocumentCheck> documents)
    {
        int tests = documents.Sum(d => d.Checks.Count);
        int errors = documents.Count(d => d.ReadError is not null);
        int failures = documents.Where(d => d.ReadError is null).Sum(d => d.Checks.Count(c => d.Problems.Any(p => p.Check == c)));
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "policyextract check");
        xml.WriteAttributeString("tests", Int(tests));
        xml.WriteAttributeString("failures", Int(failures));
        xml.WriteAttributeString("errors", Int(errors));
        foreach (var d in documents)
        {
            int docFailures = d.ReadError is null ? d.Checks.Count(c => d.Problems.Any(p => p.Check == c)) : 0;
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", d.Path);
            xml.WriteAttributeString("tests", Int(d.Checks.Count));
            xml.WriteAttributeString("failures", Int(docFailures));
            xml.WriteAttributeString("errors", Int(d.ReadError is null ? 0 : 1));
            foreach (var check in d.Checks)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", d.Path);
                xml.WriteAttributeString("name", check);
                xml.WriteAttributeString("file", d.Path);
                var problems = d.Problems.Where(p => p.Check == check).ToList();
                if (problems.Count > 0)
                {
                    xml.WriteStartElement(d.ReadError is null ? "failure" : "error");
                    xml.WriteAttributeString("message", Clean(problems[0].Message));
                    xml.WriteAttributeString("type", check.Split(' ')[0]);
                    xml.WriteString(Clean(string.Join("\n", problems.Select(p => p.Line is { } l ? $"line {l}: {p.Message}" : p.Message))));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.Write('\n');
    }

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>XML 1.0 cannot carry control characters; a message quoting document text might hold one.</summary>
    private static string Clean(string s) => new(s.Where(c => c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)).ToArray());
}
