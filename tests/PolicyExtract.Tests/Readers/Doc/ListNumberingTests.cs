using PolicyExtract.Readers.Doc;

namespace PolicyExtract.Tests.Readers.Doc;

public class ListNumberingTests
{
    [TestCase(1, (byte)0x27, "一")]
    [TestCase(10, (byte)0x27, "十")]
    [TestCase(11, (byte)0x25, "十一")]
    [TestCase(20, (byte)0x23, "二十")]
    [TestCase(23, (byte)0x27, "二十三")]
    [TestCase(101, (byte)0x27, "一百零一")]
    [TestCase(110, (byte)0x27, "一百一十")]
    [TestCase(1005, (byte)0x27, "一千零五")]
    [TestCase(3, (byte)0x26, "叁")]
    [TestCase(3, (byte)0x1E, "丙")]
    [TestCase(12, (byte)0x0A, "一二")]
    [TestCase(3, (byte)0x12, "③")]
    [TestCase(4, (byte)0x01, "IV")]
    [TestCase(14, (byte)0x02, "xiv")]
    [TestCase(28, (byte)0x04, "bb")]
    [TestCase(7, (byte)0x0E, "７")]
    [TestCase(7, (byte)0x00, "7")]
    [TestCase(7, (byte)0x99, "7")] // a format we do not render stays decimal
    public void Format_RendersWordNumberFormats(int n, byte nfc, string expected) =>
        Assert.That(ListNumbering.Format(n, nfc), Is.EqualTo(expected));
}
