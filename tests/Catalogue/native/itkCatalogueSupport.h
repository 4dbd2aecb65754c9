// What the catalogue needs that ITK's API offers only as a raw pointer the filter keeps without owning it.
#ifndef itkCatalogueSupport_h
#define itkCatalogueSupport_h

#include "itkImage.h"
#include "itkPadImageFilter.h"
#include "itkZeroFluxNeumannBoundaryCondition.h"

namespace itk
{
namespace CatalogueSupport
{
// PadImageFilter does nothing without a boundary condition, and SetBoundaryCondition keeps a raw pointer that a
// binding cannot hand over yet (the C# object would have to outlive the filter). This condition has no state, so one
// instance for the whole program serves every filter.
inline void
UseZeroFluxNeumannBoundary(PadImageFilter<Image<float, 2>, Image<float, 2>> * filter)
{
  static ZeroFluxNeumannBoundaryCondition<Image<float, 2>> condition;
  filter->SetBoundaryCondition(&condition);
}

inline void
UseZeroFluxNeumannBoundary(PadImageFilter<Image<float, 3>, Image<float, 3>> * filter)
{
  static ZeroFluxNeumannBoundaryCondition<Image<float, 3>> condition;
  filter->SetBoundaryCondition(&condition);
}
} // namespace CatalogueSupport
} // namespace itk

#endif
