using System.Diagnostics;

namespace PolicyExtract.Segmentation.Dictionary;

/// <summary>
/// The compiled files the build writes beside the assembly (dict/): <c>jieba.dict.bin</c> (prefix
/// dictionary and HMM model, what segmentation needs) and <c>jieba.idf.bin</c> (IDF table and stop words,
/// loaded only for keywords).
/// </summary>
public static class CompiledDictionary
{
    public const string DictFileName = "jieba.dict.bin";
    public const string IdfFileName = "jieba.idf.bin";

    /// <summary>Compiles jieba's text files into the two binary files in <paramref name="outputDirectory"/>.</summary>
    public static void Compile(string dictText, string hmmText, string idfText, string stopWordsText, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        WordDictionary dict;
        using (var r = new StreamReader(dictText, BinaryIO.Utf8)) dict = WordDictionary.ParseText(r, dictText);
        HmmModel hmm;
        using (var r = new StreamReader(hmmText, BinaryIO.Utf8)) hmm = HmmModel.ParseText(r, hmmText);
        WriteAtomically(Path.Combine(outputDirectory, DictFileName), w =>
        {
            dict.Write(w);
            hmm.Write(w);
        });
        IdfTable idf;
        using (var r = new StreamReader(idfText, BinaryIO.Utf8))
        using (var s = new StreamReader(stopWordsText, BinaryIO.Utf8))
            idf = IdfTable.ParseText(r, idfText, s);
        WriteAtomically(Path.Combine(outputDirectory, IdfFileName), idf.Write);
    }

    internal static (WordDictionary Dict, HmmModel Hmm) Load(string path)
    {
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var r = new BinaryReader(fs);
        var dict = WordDictionary.Read(r, path);
        var hmm = HmmModel.Read(r, path);
        return (dict, hmm);
    }

    private static void WriteAtomically(string path, Action<BinaryWriter> write)
    {
        string tmp = path + "." + Environment.ProcessId + ".tmp";
        using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write))
        using (var w = new BinaryWriter(fs))
            write(w);
        File.Move(tmp, path, overwrite: true);
        Debug.Assert(File.Exists(path));
    }
}
