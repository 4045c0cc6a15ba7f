using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyExtract.Extraction;
using PolicyExtract.Model;
using PolicyExtract.Output;
using PolicyExtract.Output.Schema;
using PolicyExtract.Tests.Support;
using PolicyExtract.Validation;

namespace PolicyExtract.Tests.Output;

public class SchemaTests
{
    private static string SchemaPath => Path.Combine(RepoPaths.Root, "schemas", ResultSchema.FileName);

    [Test]
    public void Schema_FileNameAndIdCarryTheContractVersion()
    {
        Assert.That(File.Exists(SchemaPath), Is.True, $"the schema for contract version {ExtractionResult.CurrentSchemaVersion} must be published as schemas/{ResultSchema.FileName}");
        Assert.That(ResultSchema.Text, Is.EqualTo(File.ReadAllText(SchemaPath)), "the embedded schema is the published file");
        using var doc = JsonDocument.Parse(ResultSchema.Text);
        Assert.That(doc.RootElement.GetProperty("$schema").GetString(), Is.EqualTo("http://json-schema.org/draft-07/schema#"));
        Assert.That(doc.RootElement.GetProperty("$id").GetString(), Does.EndWith(":" + ExtractionResult.CurrentSchemaVersion));
        var major = ExtractionResult.CurrentSchemaVersion.Split('.')[0];
        Assert.That(doc.RootElement.GetProperty("properties").GetProperty("schemaVersion").GetProperty("pattern").GetString(), Does.StartWith("^" + major + "\\."));
    }

    [Test]
    public void Schema_AcceptsAFullyPopulatedResult()
    {
        SchemaAssert.IsValid(JsonOutput.Serialize(FullResult.Create()), "the fully populated result");
        SchemaAssert.IsValid(JsonOutput.Serialize(FullResult.Create(), indented: false), "the fully populated result, compact");
    }

    [Test]
    public void Schema_AcceptsAnEmptyResult()
    {
        var result = new ExtractionResult { Source = new SourceOutput("a.txt", "text", null, new string('0', 64), 0) };
        SchemaAssert.IsValid(JsonOutput.Serialize(result), "a result with nothing extracted");
    }

    /// <summary>
    /// The fixture must really be full: a new optional field left null or a list left empty would hide it from the
    /// schema check below.
    /// </summary>
    [Test]
    public void FullResult_HasNoNullOrEmptyValue()
    {
        var node = JsonNode.Parse(JsonOutput.Serialize(FullResult.Create()))!;
        var gaps = new List<string>();
        void Walk(JsonNode? n, string path)
        {
            switch (n)
            {
                case null: gaps.Add(path + " is null"); break;
                case JsonObject o when o.Count == 0: gaps.Add(path + " is an empty object"); break;
                case JsonArray a when a.Count == 0: gaps.Add(path + " is an empty array"); break;
                case JsonObject o: foreach (var p in o) Walk(p.Value, path + "." + p.Key); break;
                case JsonArray a: for (int i = 0; i < a.Count; i++) Walk(a[i], $"{path}[{i}]"); break;
            }
        }
        Walk(node, "$");
        Assert.That(gaps, Is.Empty, "set these in FullResult.Create so the schema test sees them");
    }

    /// <summary>
    /// Every property the C# contract writes is in the schema, and every property the schema lists is written; each is
    /// required unless it was added in a minor version.
    /// </summary>
    [Test]
    public void Schema_PropertiesMatchTheContractExactly()
    {
        using var schema = JsonDocument.Parse(ResultSchema.Text);
        var definitions = schema.RootElement.GetProperty("definitions");
        using var json = JsonDocument.Parse(JsonOutput.Serialize(FullResult.Create()));
        var mismatches = new List<string>();

        JsonElement Resolve(JsonElement s)
        {
            while (true)
            {
                if (s.TryGetProperty("$ref", out var r))
                    s = definitions.GetProperty(r.GetString()!["#/definitions/".Length..]);
                else if (s.TryGetProperty("anyOf", out var any))
                    s = any.EnumerateArray().First(b => !(b.TryGetProperty("type", out var t) && t.GetString() == "null"));
                else
                    return s;
            }
        }

        void Compare(JsonElement value, JsonElement s, string path)
        {
            s = Resolve(s);
            if (value.ValueKind == JsonValueKind.Object && s.TryGetProperty("properties", out var props))
            {
                var inSchema = props.EnumerateObject().Select(p => p.Name).ToHashSet();
                var required = s.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
                var written = value.EnumerateObject().Select(p => p.Name).ToHashSet();
                foreach (var n in written.Except(inSchema)) mismatches.Add($"{path}.{n} is written but not in the schema");
                foreach (var n in inSchema.Except(written)) mismatches.Add($"{path}.{n} is in the schema but never written");
                // A property added in a minor version cannot be required (1.0 outputs lack it); it says when it came.
                foreach (var n in inSchema.Except(required))
                    if (!(props.GetProperty(n).TryGetProperty("$comment", out var c) && c.GetString()!.StartsWith("added in 1.", StringComparison.Ordinal)))
                        mismatches.Add($"{path}.{n} is always written, so the schema should require it (or mark it \"$comment\": \"added in 1.x\")");
                foreach (var p in value.EnumerateObject())
                    if (props.TryGetProperty(p.Name, out var ps))
                        Compare(p.Value, ps, path + "." + p.Name);
            }
            else if (value.ValueKind == JsonValueKind.Object && s.TryGetProperty("additionalProperties", out var ap) && ap.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in value.EnumerateObject())
                    Compare(p.Value, ap, path + "." + p.Name);
            }
            else if (value.ValueKind == JsonValueKind.Array && s.TryGetProperty("items", out var items))
            {
                foreach (var item in value.EnumerateArray())
                    Compare(item, items, path + "[]");
            }
        }

        Compare(json.RootElement, schema.RootElement, "$");
        Assert.That(mismatches, Is.Empty);
    }

    /// <summary>How a minor version adds a field (targets' kind, say): optional, with a $comment; old and new outputs both validate.</summary>
    [Test]
    public void Schema_AnOptionalPropertyAddedInAMinorVersion_AcceptsOldAndNewOutputs()
    {
        var schema = JsonNode.Parse(ResultSchema.Text)!;
        schema["definitions"]!["target"]!["properties"]!["kind"] = JsonNode.Parse("""{ "$comment": "added in 1.1", "anyOf": [ { "type": "null" }, { "type": "string", "enum": [ "target", "achievement" ] } ] }""");
        var extended = NJsonSchema.JsonSchema.FromJsonAsync(schema.ToJsonString()).GetAwaiter().GetResult();

        var old = JsonOutput.Serialize(FullResult.Create());
        Assert.That(ResultValidator.Validate(old, extended).Problems, Is.Empty);
        var withKind = JsonNode.Parse(old)!;
        withKind["targets"]![0]!["kind"] = "achievement";
        Assert.That(ResultValidator.Validate(withKind.ToJsonString(), extended).Problems, Is.Empty);
        withKind["targets"]![0]!["kind"] = "plan";
        Assert.That(ResultValidator.Validate(withKind.ToJsonString(), extended).Problems.Select(p => p.Path), Is.EqualTo(new[] { "$.targets[0].kind" }));
    }

    [Test]
    public void Schema_SourceFormatsAreTheReaderFormats()
    {
        using var schema = JsonDocument.Parse(ResultSchema.Text);
        var listed = schema.RootElement.GetProperty("definitions").GetProperty("source").GetProperty("properties")
            .GetProperty("format").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        var formats = Enum.GetValues<SourceFormat>().Select(f => SourceOutput.From(new SourceInfo("x", f, null, "", 0)).Format).ToList();
        Assert.That(listed, Is.EquivalentTo(formats));
    }

    public static IEnumerable<TestCaseData> BrokenResults()
    {
        TestCaseData Case(string name, Action<JsonObject> breakIt, string path, string message) =>
            new TestCaseData(breakIt, path, message).SetArgDisplayNames(name);

        yield return Case("missing issueDate", r => r.Remove("issueDate"), "$.issueDate", "required property is missing");
        yield return Case("missing nested sha256", r => r["source"]!.AsObject().Remove("sha256"), "$.source.sha256", "required property is missing");
        yield return Case("missing evidence of a target", r => r["targets"]![0]!.AsObject().Remove("evidence"), "$.targets[0].evidence", "required property is missing");
        yield return Case("value as string", r => r["targets"]![0]!["value"] = "8", "$.targets[0].value", "expected number or null, found string \"8\"");
        yield return Case("year as text", r => r["documentNumber"]!["year"] = "2020年", "$.documentNumber.year", "expected integer or null");
        yield return Case("bytes fractional", r => r["source"]!["bytes"] = 1.5, "$.source.bytes", "expected integer");
        yield return Case("units item not a string", r => r["responsibilities"]![0]!["units"]![1] = 3, "$.responsibilities[0].units[1]", "expected string, found integer 3");
        yield return Case("issuers not an array", r => r["issuers"] = "无锡市教育局", "$.issuers", "expected array");
        yield return Case("documentNumber a string", r => r["documentNumber"] = "锡教发〔2020〕86号", "$.documentNumber", "expected object or null");
        yield return Case("impossible date", r => r["issueDate"] = "2020-13-45", "$.issueDate", "\"2020-13-45\" is not a date (yyyy-MM-dd)");
        yield return Case("slashed date", r => r["issueDate"] = "2020/10/22", "$.issueDate", "\"2020/10/22\" is not a date");
        yield return Case("full-width digits in a deadline", r => r["deadlines"]![0]!["end"] = "２０２５-12-31", "$.deadlines[0].end", "is not a date");
        yield return Case("Chinese date in a nested deadline", r => r["targets"]![0]!["deadline"]!["end"] = "2025年12月31日", "$.targets[0].deadline.end", "is not a date");
        yield return Case("unknown comparator", r => r["targets"]![0]!["comparator"] = "about", "$.targets[0].comparator", "\"about\" is not one of: eq, gte, gt, lte, lt, approx, range");
        yield return Case("unknown deadline kind", r => r["deadlines"]![0]!["kind"] = "soon", "$.deadlines[0].kind", "is not one of: by, period, recurring, ongoing");
        yield return Case("unknown property", r => r["targets"]![0]!["confidence"] = 0.9, "$.targets[0].confidence", "property is not in the schema");
        yield return Case("empty title", r => r["title"] = "", "$.title", "must not be empty");
        yield return Case("line zero", r => r["evidence"]!["title"]!["line"] = 0, "$.evidence.title.line", "is below the minimum 1");
        yield return Case("metadata value not text", r => r["metadata"]!["文件编号"] = 86, "$.metadata.文件编号", "expected string");
        yield return Case("newer major version", r => r["schemaVersion"] = "2.0.0", "$.schemaVersion", "does not match");
        yield return Case("upper-case sha256", r => r["source"]!["sha256"] = new string('A', 64), "$.source.sha256", "does not match");
    }

    [TestCaseSource(nameof(BrokenResults))]
    public void Schema_RejectsBrokenResult_AtTheRightPath(Action<JsonObject> breakIt, string path, string message)
    {
        var node = JsonNode.Parse(JsonOutput.Serialize(FullResult.Create()))!.AsObject();
        breakIt(node);
        var report = ResultValidator.Validate(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var shown = string.Join("\n", report.Problems.Select(p => $"{p.Line}: {p.Path}: {p.Message}"));
        Assert.That(report.Problems, Has.Count.EqualTo(1), shown);
        Assert.That(report.Problems[0].Path, Is.EqualTo(path), shown);
        Assert.That(report.Problems[0].Message, Does.Contain(message), shown);
        Assert.That(report.Problems[0].Line, Is.GreaterThan(0), "problems carry the line of the offending value");
    }

    [Test]
    public void Validator_ArrayOfResults_PathsStartWithTheIndex()
    {
        var good = JsonNode.Parse(JsonOutput.Serialize(FullResult.Create()))!;
        var bad = good.DeepClone();
        bad["targets"]![0]!["comparator"] = "x";
        var text = new JsonArray(good, bad).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var report = ResultValidator.Validate(text);
        Assert.That(report.Records, Is.EqualTo(2));
        Assert.That(report.Problems.Select(p => p.Path), Is.EqualTo(new[] { "$[1].targets[0].comparator" }));
        Assert.That(report.Problems[0].Record, Is.EqualTo(1));
    }

    [Test]
    public void Validator_JsonLines_ReportsTheLineOfTheRecord()
    {
        var good = JsonOutput.Serialize(FullResult.Create(), indented: false);
        var bad = JsonNode.Parse(good)!;
        bad["issueDate"] = "2020-02-30";
        var text = good + "\n" + good + "\n" + bad.ToJsonString() + "\n";
        var report = ResultValidator.Validate(text);
        Assert.That(report.Records, Is.EqualTo(3));
        Assert.That(report.Problems, Has.Count.EqualTo(1));
        Assert.That(report.Problems[0].Line, Is.EqualTo(3));
        Assert.That(report.Problems[0].Path, Is.EqualTo("$.issueDate"));
        Assert.That(report.Problems[0].Message, Does.Contain("\"2020-02-30\" is not a date"));
    }

    [TestCase("{\"schemaVersion\": \"1.0.0\",\n  \"source\": ", 2)]
    [TestCase("{\"a\": 1}\n{\"b\": }", 2)]
    [TestCase("<html></html>", 1)]
    public void Validator_TextThatIsNotJson_IsOneProblemWithItsLine(string text, int line)
    {
        var report = ResultValidator.Validate(text);
        Assert.That(report.IsValid, Is.False);
        var last = report.Problems[^1];
        Assert.That(last.Message, Does.StartWith("not valid JSON"));
        Assert.That(last.Line, Is.EqualTo(line));
    }

    [Test]
    public void Validator_EmptyText_IsInvalid()
    {
        var report = ResultValidator.Validate("  \n");
        Assert.That(report.IsValid, Is.False);
        Assert.That(report.Problems[0].Message, Does.Contain("empty"));
    }

    [Test]
    public void FieldPaths_NameTopLevelAndNestedObjectFields()
    {
        Assert.That(ResultSchema.FieldPaths, Does.Contain("documentNumber.year"));
        Assert.That(ResultSchema.FieldPaths, Does.Contain("source.encoding"));
        Assert.That(ResultSchema.FieldPaths, Does.Contain("issueDate"));
        Assert.That(ResultSchema.FieldPaths, Does.Not.Contain("targets.value"), "fields inside arrays are not single values");
    }

    /// <summary>Golden outputs (tests/golden/**/expected.json) and the tool's own output on the evaluation documents.</summary>
    public static IEnumerable<TestCaseData> Outputs()
    {
        var golden = Path.Combine(RepoPaths.Root, "tests", "golden");
        var goldenFiles = Directory.EnumerateFiles(golden, "expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.That(goldenFiles, Is.Not.Empty, "golden outputs are expected under tests/golden");
        foreach (var f in goldenFiles)
            yield return new TestCaseData(f).SetArgDisplayNames(Path.GetRelativePath(RepoPaths.Root, f));
        foreach (var f in Directory.EnumerateFiles(Path.Combine(RepoPaths.TestData, "eval", "docs"), "*.txt").Order(StringComparer.Ordinal))
            yield return new TestCaseData(f).SetArgDisplayNames("extract " + Path.GetFileName(f));
    }

    [TestCaseSource(nameof(Outputs))]
    public void Schema_AcceptsRealOutput(string file)
    {
        string json;
        if (file.EndsWith(".json", StringComparison.Ordinal))
            json = File.ReadAllText(file);
        else
        {
            var run = CliHarness.Run(null, "extract", Path.GetRelativePath(RepoPaths.Root, file));
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            json = run.StdOut;
        }
        SchemaAssert.IsValid(json, file);
    }
}
