using PolicyExtract.Readers;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Fixtures;

/// <summary>
/// The committed .docx sample is the generator's output. PE_WRITE_SAMPLES=1 rewrites it; otherwise the test checks
/// that a fresh build reads exactly like the committed file (zip timestamps differ, so bytes are not compared).
/// </summary>
public class SampleGeneratorTests
{
    [Test]
    public void JiangyinDocx_CommittedSampleMatchesGenerator()
    {
        var committed = Path.Combine(RepoPaths.Root, JiangyinDocxSample.RelativePath);
        if (Environment.GetEnvironmentVariable("PE_WRITE_SAMPLES") == "1")
            JiangyinDocxSample.Build(committed);
        var temp = Path.Combine(Path.GetTempPath(), "pe-" + Guid.NewGuid().ToString("N") + ".docx");
        try
        {
            JiangyinDocxSample.Build(temp);
            var reader = ReaderSelector.CreateDefault();
            string Read(string p) => string.Join('\n', DocumentDump.Render(reader.Read(File.ReadAllBytes(p), "sample.docx")).Split('\n').Skip(1));
            Assert.That(Read(committed), Is.EqualTo(Read(temp)), "regenerate with PE_WRITE_SAMPLES=1 dotnet test --filter JiangyinDocx");
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
