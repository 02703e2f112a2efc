using Curriculum.Kernel.Docs;

namespace Curriculum.Kernel.Tests.Docs;

public sealed class LessonLanguageTests
{
    [Fact]
    public void A_notebooks_language_is_the_folder_it_sits_in()
    {
        Assert.Same(LessonLanguage.Chinese, LessonLanguage.OfNotebook(Path.Combine("repo", "notebooks-zh", "03-evaluation.ipynb")));
        Assert.Same(LessonLanguage.English, LessonLanguage.OfNotebook(Path.Combine("repo", "notebooks", "03-evaluation.ipynb")));
        Assert.Same(LessonLanguage.English, LessonLanguage.OfNotebook("elsewhere.ipynb"));
    }

    [Fact]
    public void The_counterpart_is_the_same_file_in_the_sibling_folder()
    {
        var root = Path.GetFullPath("repo");
        Assert.Equal(Path.Combine(root, "notebooks-zh", "05-x.ipynb"), LessonLanguage.Counterpart(Path.Combine(root, "notebooks", "05-x.ipynb"), LessonLanguage.Chinese));
        Assert.Equal(Path.Combine(root, "notebooks", "05-x.ipynb"), LessonLanguage.Counterpart(Path.Combine(root, "notebooks-zh", "05-x.ipynb"), LessonLanguage.English));
    }

    [Fact]
    public void Each_language_has_eleven_distinct_anatomy_headings_and_a_folder_at_the_same_depth()
    {
        foreach (var language in LessonLanguage.All)
        {
            Assert.Equal(11, language.AnatomyHeadings.Distinct().Count());
            Assert.DoesNotContain('/', language.Folder); // a sibling of notebooks/: the setup cell's "../artifacts/…" holds
            Assert.Equal(4, language.SiteColumns.Length);
        }
        Assert.Equal(LessonLanguage.All.Count, LessonLanguage.All.Select(l => l.Folder).Distinct().Count());
        // The Chinese headings are Chinese (the English ones would pass the anatomy test by mistake otherwise).
        Assert.All(LessonLanguage.Chinese.AnatomyHeadings, h => Assert.Contains(h, c => Translation.IsHan(c)));
    }
}
