using System.Text.Json;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Segmentation;

public class SegmentCommandTests
{
    [Test]
    public void TokensFormat_IsAPlainDiffAgainstTheReferenceDump()
    {
        ReferenceTokens.RequireFullDictionary();
        // 002 is a document where we agree with @node-rs/jieba on every token: the dump must match byte for byte.
        const string id = "002_7fdab2a4388eb7e7";
        var run = CliHarness.Run(null, "segment", Path.Combine(ReferenceTokens.DocsDir, id + ".txt"), "--no-lexicon", "--format", "tokens");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdErr, Is.Empty);
        Assert.That(run.StdOut, Is.EqualTo(File.ReadAllText(Path.Combine(ReferenceTokens.ReferenceDir, id + ".node-rs.tokens"))));
    }

    [Test]
    public void TextFormat_OneLinePerInputLine_WithTags()
    {
        ReferenceTokens.RequireFullDictionary();
        var run = CliHarness.RunWithInput(null, "县人社局牵头\n\n我来到北京清华大学\n", "segment", "-", "--pos");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdOut, Is.EqualTo("县人社局/nt 牵头/v\n\n我/r 来到/v 北京/ns 清华大学/nt\n"));
    }

    [Test]
    public void NoLexicon_AndNoHmm_AndModes()
    {
        ReferenceTokens.RequireFullDictionary();
        Assert.That(CliHarness.RunWithInput(null, "县人社局牵头", "segment", "-", "--no-lexicon").StdOut, Is.EqualTo("县人 社局 牵头\n"));
        Assert.That(CliHarness.RunWithInput(null, "他来到了网易杭研大厦", "segment", "-", "--no-hmm").StdOut, Is.EqualTo("他 来到 了 网易 杭 研 大厦\n"));
        Assert.That(CliHarness.RunWithInput(null, "我来到北京清华大学", "segment", "-", "--mode", "full").StdOut, Is.EqualTo("我 来到 北京 清华 清华大学 华大 大学\n"));
        Assert.That(CliHarness.RunWithInput(null, "南京市长江大桥", "segment", "-", "--mode", "search").StdOut, Is.EqualTo("南京 京市 南京市 长江 大桥 长江大桥\n"));
    }

    [Test]
    public void DictOption_AddsUserWords()
    {
        ReferenceTokens.RequireFullDictionary();
        var dir = Path.Combine(Path.GetTempPath(), "pe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "my.dict"), "杭研大厦 nt\n");
            var run = CliHarness.RunWithInput(dir, "他来到了网易杭研大厦", "segment", "-", "--dict", "my.dict", "--pos");
            Assert.That(run.StdOut, Is.EqualTo("他/r 来到/v 了/ul 网易/n 杭研大厦/nt\n"), run.ToString());
            var missing = CliHarness.RunWithInput(dir, "x", "segment", "-", "--dict", "none.dict");
            Assert.That(missing.ExitCode, Is.EqualTo(2), missing.ToString());
            Assert.That(missing.StdErr, Does.Contain("none.dict: user dictionary not found"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void JsonlFormat_GivesSpansIntoTheInput()
    {
        ReferenceTokens.RequireFullDictionary();
        const string input = "第一行\n县人社局牵头";
        var run = CliHarness.RunWithInput(null, input, "segment", "-", "--format", "jsonl", "--pos");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var lines = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var l in lines)
        {
            using var j = JsonDocument.Parse(l);
            var r = j.RootElement;
            int s = r.GetProperty("start").GetInt32(), e = r.GetProperty("end").GetInt32();
            Assert.That(input[s..e], Is.EqualTo(r.GetProperty("text").GetString()));
        }
        Assert.That(lines[^2], Is.EqualTo("{\"text\":\"县人社局\",\"start\":4,\"end\":8,\"line\":2,\"tag\":\"nt\"}"));
    }

    [Test]
    public void MissingInput_NamesTheFileAndExitsOne()
    {
        var run = CliHarness.Run(null, "segment", "no/such/file.txt");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.StdErr, Does.Contain("no/such/file.txt: no such file or directory"));
    }

    [Test]
    public void WithoutTheDictionary_RunsOnTheLexicon_AndSaysSoOnce()
    {
        // A copy of the tool without dict/: what a build without npm produces.
        var dir = Path.Combine(Path.GetTempPath(), "pe-nodict-" + Guid.NewGuid().ToString("N"));
        var src = TestContext.CurrentContext.TestDirectory;
        try
        {
            foreach (var f in Directory.GetFiles(src, "*", SearchOption.AllDirectories))
            {
                var rel = Path.GetRelativePath(src, f);
                if (rel.StartsWith("dict" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
                if (!rel.EndsWith(".dll", StringComparison.Ordinal) && !rel.EndsWith(".json", StringComparison.Ordinal) && !rel.StartsWith("rules", StringComparison.Ordinal)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, rel))!);
                File.Copy(f, Path.Combine(dir, rel));
            }
            var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
            psi.ArgumentList.Add(Path.Combine(dir, "policyextract.dll"));
            foreach (var a in new[] { "segment", "-" }) psi.ArgumentList.Add(a);
            using var p = System.Diagnostics.Process.Start(psi)!;
            p.StandardInput.Write("县人社局、牵头单位\n责任单位：县教育局");
            p.StandardInput.Close();
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.That(p.ExitCode, Is.EqualTo(0), stderr);
            Assert.That(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
            Assert.That(stderr, Does.Contain("jieba dictionary was not found").And.Contain("project lexicon only"));
            Assert.That(stdout.Result, Is.EqualTo("县人社局 、 牵头单位\n责任单位 ： 县 教育局\n"));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }
}
