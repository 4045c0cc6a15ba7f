using System.Text;
using System.Text.Json;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Readers.Mhtml;

public class WebArchiveCliTests
{
    [Test]
    public void Extract_Directory_PicksUpMhtFiles()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var html = Convert.ToBase64String(Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>各有关单位：现将有关事项通知如下。</p></body></html>"));
            File.WriteAllText(Path.Combine(dir, "notice.mht"),
                "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + html + "\r\n--b1--\r\n");
            var run = CliHarness.Run(dir, "extract", ".");
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            using var json = JsonDocument.Parse(run.StdOut);
            var source = json.RootElement.GetProperty("source");
            Assert.That(source.GetProperty("path").GetString()!.Replace('\\', '/'), Is.EqualTo("./notice.mht"));
            Assert.That(source.GetProperty("format").GetString(), Is.EqualTo("html"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
