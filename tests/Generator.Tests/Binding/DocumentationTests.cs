using ItkBindGen.Binding;

namespace ItkBindGen.Tests.Binding;

public sealed class DocumentationTests
{
    [Fact]
    public void Doxygen_structure_becomes_xml_and_bookkeeping_is_dropped()
    {
        const string comment = """
            /** \class MedianImageFilter
             * \brief Applies a median filter to an image.
             *
             * Computes an image where a given pixel is the median value of the
             * the pixels in a neighborhood about the corresponding input pixel.
             *
             * \param radius The \c Size of the neighborhood, \e per axis.
             * \param unknown Not a parameter of the C# member.
             * \return The number of pixels.
             * \sa Image, Neighborhood
             * \ingroup IntensityImageFilters
             */
            """;

        var lines = Documentation.Of(comment, ["radius"]);

        Assert.Equal(
        [
            "<summary>",
            "Applies a median filter to an image.",
            "</summary>",
            "<param name=\"radius\">The <c>Size</c> of the neighborhood, per axis.</param>",
            "<returns>The number of pixels.</returns>",
            "<remarks>See also: <c>Image</c>, <c>Neighborhood</c>.</remarks>",
        ], lines);
    }

    [Fact]
    public void Text_is_escaped_and_code_blocks_and_notes_stay_out()
    {
        const string comment = """
            /** Sets A < B & C. \f$ x^2 \f$
             * \code
             * filter->SetRadius(2);
             * \endcode
             * \warning Not thread safe.
             */
            """;

        Assert.Equal(["<summary>", "Sets A &lt; B &amp; C. x^2", "</summary>"], Documentation.Of(comment));
    }

    [Fact]
    public void A_comment_of_only_bookkeeping_gives_nothing() =>
        Assert.Empty(Documentation.Of("/** \\class Foo\n * \\ingroup ITKCommon */"));
}
