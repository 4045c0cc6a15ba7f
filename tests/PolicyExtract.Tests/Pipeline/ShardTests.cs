using PolicyExtract.Pipeline;

namespace PolicyExtract.Tests.Pipeline;

public class ShardTests
{
    private static List<InputItem> Inputs(int count, int seed)
    {
        // Given in a shuffled order: the shard must not depend on it.
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(i => new InputItem($"corpus/{i % 7}/doc-{i}.txt", null)).OrderBy(_ => rng.Next()).ToList();
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(7)]
    [TestCase(40)]
    public void Shards_AreDisjointAndTogetherTakeEveryInputOnce(int n)
    {
        var inputs = Inputs(23, seed: n);
        var taken = Enumerable.Range(1, n).SelectMany(k => new Shard(k, n).Select(inputs)).Select(i => i.Path).ToList();
        Assert.That(taken, Is.Unique);
        Assert.That(taken, Is.EquivalentTo(inputs.Select(i => i.Path)));
    }

    [Test]
    public void Shard_IsTheSameWhateverOrderTheInputsCameIn()
    {
        var a = new Shard(2, 5).Select(Inputs(50, seed: 1)).Select(i => i.Path);
        var b = new Shard(2, 5).Select(Inputs(50, seed: 2)).Select(i => i.Path);
        Assert.That(a, Is.EqualTo(b));
        Assert.That(a, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [TestCase("1/1", 1, 1)]
    [TestCase("3/8", 3, 8)]
    [TestCase("8/8", 8, 8)]
    public void TryParse_Accepts(string text, int k, int n)
    {
        Assert.That(Shard.TryParse(text, out var shard, out _), Is.True);
        Assert.That(shard, Is.EqualTo(new Shard(k, n)));
    }

    [TestCase("0/3")]
    [TestCase("4/3")]
    [TestCase("3")]
    [TestCase("1/0")]
    [TestCase("-1/3")]
    [TestCase("a/b")]
    [TestCase("1/2/3")]
    public void TryParse_Rejects(string text)
    {
        Assert.That(Shard.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.StartWith("--shard"));
    }
}
