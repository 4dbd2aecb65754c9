using ItkBindGen.Cli.Learn;

namespace ItkBindGen.Tests.Cli.Learn;

/// <summary>The class a demangled symbol belongs to, as an explicit instantiation would name it, or none.</summary>
public sealed class OwnerNamesTests
{
    [Theory]
    [InlineData("itk::ImageBase<1u>::PrintSelf(std::ostream&, itk::Indent) const", "itk::ImageBase<1>")]
    [InlineData("void itk::ImageConstIterator<itk::Image<float, 2u> >::SetRegion(itk::ImageRegion<2u> const&)", "itk::ImageConstIterator<itk::Image<float, 2> >")]
    [InlineData("std::_Deque_iterator<int, int&, int*> std::deque<itk::Line, std::allocator<itk::Line> >::_M_reserve(unsigned long)", "std::deque<itk::Line, std::allocator<itk::Line> >")]
    [InlineData("std::__cxx11::list<itk::Line, std::allocator<itk::Line> >::_M_clear()", "std::list<itk::Line, std::allocator<itk::Line> >")]
    [InlineData("vtable for itk::Neighborhood<float, 2u, itk::NeighborhoodAllocator<float> >", "itk::Neighborhood<float, 2, itk::NeighborhoodAllocator<float> >")]
    [InlineData("typeinfo name for itk::LabelMap<itk::ShapeLabelObject<unsigned long, 2u> >", "itk::LabelMap<itk::ShapeLabelObject<unsigned long, 2> >")]
    [InlineData("itk::Neighborhood<float, 2u, itk::NeighborhoodAllocator<float> >::operator[](unsigned long)", "itk::Neighborhood<float, 2, itk::NeighborhoodAllocator<float> >")]
    [InlineData("itk::Foo<3ul>::operator<<(int)", "itk::Foo<3>")]
    [InlineData("itk::Foo<int>::Foo(int)", "itk::Foo<int>")]
    [InlineData("itk::Foo<int>::s_Count", "itk::Foo<int>")]
    public void A_member_of_a_class_template_instantiation_belongs_to_it(string symbol, string owner) =>
        Assert.Equal(owner, OwnerNames.Of(symbol));

    [Theory]
    [InlineData("void itk::BinaryGeneratorImageFilter<itk::Image<float, 2u> >::DynamicThreadedGenerateDataWithFunctor<float (*)(float)>(float (* const&)(float))")]
    [InlineData("void itk::ImageAlgorithm::DispatchedCopy<itk::Image<float, 2u>, itk::Image<float, 2u> >(itk::Image<float, 2u> const*)")]
    [InlineData("ibg::set_itk_error(ibg_error**, ibg::ErrorKind, itk::ExceptionObject const&)")]
    [InlineData("(anonymous namespace)::Helper<int>::Run()")]
    [InlineData("itk::Foo<int>::Run()::{lambda(int)#1}::operator()(int) const")]
    [InlineData("guard variable for itk::Foo<int>::Get()::instance")]
    [InlineData("itk::Outer<int>::Inner::Run()")]
    [InlineData("std::vector<double, std::allocator<double> >::_M_realloc_insert(double&&)")]
    [InlineData("std::_Rb_tree<unsigned long, std::pair<unsigned long const, itk::Line>, std::less<unsigned long> >::_M_erase(void*)")]
    public void What_an_explicit_instantiation_of_a_class_does_not_compile_has_no_owner(string symbol) =>
        Assert.Null(OwnerNames.Of(symbol));

    [Theory]
    [InlineData("void itk::ShapeKeepNObjectsLabelMapFilter<itk::LabelMap<itk::ShapeLabelObject<unsigned long, 2u> > >::TemplatedGenerateData<itk::Functor::LabelObjectReverseComparator<itk::ShapeLabelObject<unsigned long, 2u> > >(itk::Functor::LabelObjectReverseComparator<itk::ShapeLabelObject<unsigned long, 2u> > const&)",
        "itk::ShapeKeepNObjectsLabelMapFilter<itk::LabelMap<itk::ShapeLabelObject<unsigned long, 2> > >")]
    [InlineData("void itk::BinaryGeneratorImageFilter<itk::Image<float, 2u> >::DynamicThreadedGenerateDataWithFunctor<float (*)(float)>(float (* const&)(float))",
        "itk::BinaryGeneratorImageFilter<itk::Image<float, 2> >")]
    [InlineData("bool itk::Foo<int>::operator==<float>(itk::Foo<float> const&) const", "itk::Foo<int>")]
    [InlineData("itk::Foo<int>& itk::Foo<int>::operator<< <float>(float)", "itk::Foo<int>")]
    public void A_member_template_instantiation_is_told_apart_from_the_class_members(string symbol, string owner)
    {
        Assert.Equal(owner, OwnerNames.OfMemberTemplate(symbol));
        Assert.Null(OwnerNames.Of(symbol));
    }

    [Theory]
    [InlineData("itk::ImageBase<1u>::PrintSelf(std::ostream&, itk::Indent) const")]
    [InlineData("void itk::ImageAlgorithm::DispatchedCopy<itk::Image<float, 2u>, itk::Image<float, 2u> >(itk::Image<float, 2u> const*)")]
    [InlineData("itk::Foo<int>::operator<<(int)")]
    [InlineData("itk::Foo<int>::operator<=(itk::Foo<int> const&) const")]
    [InlineData("itk::Foo<int>::operator itk::Bar<int>() const")]
    [InlineData("void itk::Print<int>(int)")]
    public void A_class_member_or_a_free_function_template_is_no_member_template(string symbol) =>
        Assert.Null(OwnerNames.OfMemberTemplate(symbol));

    [Theory]
    [InlineData("void itk::ImageAlgorithm::DispatchedCopy<itk::Image<float, 2u>, itk::Image<float, 2u> >(itk::Image<float, 2u> const*, std::integral_constant<bool, false>)",
        "void itk::ImageAlgorithm::DispatchedCopy<itk::Image<float, 2>, itk::Image<float, 2> >(itk::Image<float, 2> const*, std::integral_constant<bool, false>)")]
    [InlineData("void itk::BinaryGeneratorImageFilter<itk::Image<float, 2u> >::DynamicThreadedGenerateDataWithFunctor<float (*)(float)>(float (* const&)(float), itk::ImageRegion<2u> const&)",
        "void itk::BinaryGeneratorImageFilter<itk::Image<float, 2> >::DynamicThreadedGenerateDataWithFunctor<float (*)(float)>(float (* const&)(float), itk::ImageRegion<2> const&)")]
    [InlineData("itk::Image<unsigned char, 2u>::RegionType itk::MakeEnlargedFace<itk::Image<unsigned char, 2u>, itk::Vector<float, 2u> >(itk::Image<unsigned char, 2u>::ConstPointer)",
        "itk::Image<unsigned char, 2>::RegionType itk::MakeEnlargedFace<itk::Image<unsigned char, 2>, itk::Vector<float, 2> >(itk::Image<unsigned char, 2>::ConstPointer)")]
    [InlineData("unsigned long itk::Count<long>(long) const", "unsigned long itk::Count<long>(long) const")]
    public void A_function_template_instantiation_is_spelled_as_its_explicit_instantiation(string symbol, string declaration) =>
        Assert.Equal(declaration, OwnerNames.FunctionTemplate(symbol));

    [Theory]
    [InlineData("itk::ImageBase<1u>::PrintSelf(std::ostream&, itk::Indent) const")]
    [InlineData("void std::__insertion_sort<double*, __gnu_cxx::__ops::_Iter_less_iter>(double*, double*, __gnu_cxx::__ops::_Iter_less_iter)")]
    [InlineData("void std::vector<itk::Line, std::allocator<itk::Line> >::_M_realloc_insert<itk::Line const&>(itk::Line const&)")]
    [InlineData("bool itk::Foo<int>::operator==<float>(itk::Foo<float> const&) const")]
    [InlineData("itk::Foo<int>::Foo<float>(float)")]
    [InlineData("void (anonymous namespace)::Fill<int>(int)")]
    [InlineData("void itk::Run<itk::Foo<int>::Get()::{lambda(int)#1}>(itk::Foo<int>::Get()::{lambda(int)#1})")]
    [InlineData("std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > itk::Name[abi:cxx11]<int>(int)")]
    [InlineData("void itk::Print(int)")]
    [InlineData("void itk::Print<int>(int) volatile")]
    public void What_an_explicit_instantiation_cannot_name_or_may_not_declare_is_no_function_entry(string symbol) =>
        Assert.Null(OwnerNames.FunctionTemplate(symbol));

    [Fact]
    public void A_command_is_split_as_a_shell_splits_it() =>
        Assert.Equal(["clang++", "-DNAME=a b", "-I/x y", "-o", "it's.o", "-c", "a.cpp"],
            CompileDatabase.Split("clang++ \"-DNAME=a b\" -I/x\\ y  -o 'it'\"'\"'s.o' -c a.cpp"));
}
