using PolicyExtract.Segmentation.Dictionary;

// policyextract-dictc <jieba.dict.utf8> <hmm_model.utf8> <idf.utf8> <stop_words.utf8> <output-dir>
if (args.Length != 5)
{
    Console.Error.WriteLine("usage: policyextract-dictc <jieba.dict.utf8> <hmm_model.utf8> <idf.utf8> <stop_words.utf8> <output-dir>");
    return 2;
}
try
{
    var sw = System.Diagnostics.Stopwatch.StartNew();
    CompiledDictionary.Compile(args[0], args[1], args[2], args[3], args[4]);
    Console.WriteLine($"policyextract-dictc: compiled jieba dictionary into {args[4]} in {sw.ElapsedMilliseconds} ms");
    return 0;
}
catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"policyextract-dictc: {ex.Message}");
    return 1;
}
