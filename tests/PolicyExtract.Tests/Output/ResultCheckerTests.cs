using System.Text.Json.Nodes;
using System.Xml.Linq;
using PolicyExtract.Output;
using PolicyExtract.Validation;

namespace PolicyExtract.Tests.Output;

public class ResultCheckerTests
{
    private static readonly CheckRequirements Everything = new(
        ["title", "documentNumber", "documentNumber.year", "issuers", "issueDate", "recipients", "references", "deadlines", "targets", "responsibilities"], 1);

    [Test]
    public void Check_FullResult_PassesEveryCheck()
    {
        var check = ResultChecker.Check(FullResult.Create(), Everything);
        Assert.That(check.Problems, Is.Empty);
        Assert.That(check.Checks, Is.EqualTo(new[] { "schema" }.Concat(Everything.Fields.Select(f => "require " + f)).Append("min-targets 1")));
    }

    [Test]
    public void Check_SchemaProblemInAnItem_PointsAtTheItemsLineInTheDocument()
    {
        var node = JsonNode.Parse(JsonOutput.Serialize(FullResult.Create()))!;
        node["targets"]![0]!["comparator"] = "about";
        node["documentNumber"]!["year"] = 20;
        var check = ResultChecker.Check("doc.txt", node.ToJsonString(), new CheckRequirements([], 0));
        Assert.That(check.Problems.Select(p => (p.Check, p.Line)), Is.EquivalentTo(new (string, int?)[] { ("schema", 14), ("schema", 21) }),
            "the document number's evidence is on line 14, the target's on line 21");
        Assert.That(check.Problems.Select(p => p.Message), Has.One.StartsWith("$.targets[0].comparator: \"about\" is not one of"));
    }

    [TestCase("title", null, "title is missing")]
    [TestCase("title", "   ", "title is empty")]
    [TestCase("issuers", "[]", "issuers is empty (no items)")]
    [TestCase("documentNumber.year", "null", "documentNumber.year is missing")]
    [TestCase("metadata", "{}", "metadata is empty")]
    public void Check_RequiredField_MissingOrEmpty(string field, string? json, string message)
    {
        var node = JsonNode.Parse(JsonOutput.Serialize(FullResult.Create()))!;
        var parts = field.Split('.');
        var parent = parts.Length == 1 ? node : node[parts[0]]!;
        parent[parts[^1]] = json is null ? null : json.StartsWith('[') || json.StartsWith('{') || json == "null" ? JsonNode.Parse(json) : JsonValue.Create(json);
        var check = ResultChecker.Check("doc.txt", node.ToJsonString(), new CheckRequirements([field], 0));
        var required = check.Problems.Where(p => p.Check == "require " + field).ToList();
        Assert.That(required.Select(p => p.Message), Is.EqualTo(new[] { message }));
    }

    [Test]
    public void UnknownFields_AreTheOnesTheSchemaDoesNotName() =>
        Assert.That(ResultChecker.UnknownFields(["title", "titel", "documentNumber.serial", "targets.value"]), Is.EqualTo(new[] { "titel", "targets.value" }));

    [Test]
    public void GitHub_EscapesPathsAndMessages()
    {
        var doc = new DocumentCheck("a,b:c.txt", ["schema"], [new CheckProblem("schema", "50% done\nnext", 3)]);
        var output = new StringWriter();
        CheckReports.WriteGitHub(output, [doc]);
        Assert.That(output.ToString(), Is.EqualTo("::error file=a%2Cb%3Ac.txt,line=3,title=policyextract schema::50%25 done%0Anext\n"));
    }

    [Test]
    public void JUnit_CountsFailuresPerCheck_NotPerProblem()
    {
        var doc = new DocumentCheck("a.txt", ["schema", "require title"],
            [new CheckProblem("schema", "one", 1), new CheckProblem("schema", "two", 2), new CheckProblem("require title", "title is missing", null)]);
        var output = new StringWriter();
        CheckReports.WriteJUnit(output, [doc, new DocumentCheck("b.txt", ["schema"], [])]);
        var xml = XDocument.Parse(output.ToString());
        Assert.That((int)xml.Root!.Attribute("tests")!, Is.EqualTo(3));
        Assert.That((int)xml.Root!.Attribute("failures")!, Is.EqualTo(2));
        var schema = xml.Descendants("testcase").First().Element("failure")!;
        Assert.That(schema.Value, Is.EqualTo("line 1: one\nline 2: two"));
    }
}
