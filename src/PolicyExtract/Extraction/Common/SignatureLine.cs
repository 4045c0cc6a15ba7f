namespace PolicyExtract.Extraction.Common;

/// <summary>
/// Splits a signature line into body names: names are separated by runs of spaces; a letter-spaced name
/// (无 锡 市 教 育 局) is a run of single characters and is joined back. The line qualifies only if every piece is a name.
/// </summary>
public static class SignatureLine
{
    public static List<(string Name, int Start, int End)> Split(string line, OrgNames orgs)
    {
        var pieces = new List<(string Text, int Start, int End)>();
        for (int i = 0; i < line.Length;)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            int s = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
            if (i > s) pieces.Add((line[s..i], s, i));
        }
        var names = new List<(string, int, int)>();
        for (int p = 0; p < pieces.Count;)
        {
            if (pieces[p].Text.Length == 1)
            {
                // Letter-spaced: gather the run of single characters.
                int q = p;
                var sb = new System.Text.StringBuilder();
                while (q < pieces.Count && pieces[q].Text.Length == 1)
                    sb.Append(pieces[q++].Text);
                var joined = sb.ToString();
                if (!orgs.IsOrgName(joined)) return [];
                names.Add((joined, pieces[p].Start, pieces[q - 1].End));
                p = q;
                continue;
            }
            if (!orgs.IsOrgName(pieces[p].Text)) return [];
            names.Add((pieces[p].Text, pieces[p].Start, pieces[p].End));
            p++;
        }
        return names;
    }
}
