// Base of filters working on a rectangular neighborhood of the given radius.
#pragma once

#include "itkImageToImageFilter.h"

namespace itk
{
template <typename TInputImage, typename TOutputImage>
class BoxImageFilter : public ImageToImageFilter<TInputImage, TOutputImage>
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(BoxImageFilter);

  using Self = BoxImageFilter;
  using Superclass = ImageToImageFilter<TInputImage, TOutputImage>;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  static constexpr unsigned int ImageDimension = TOutputImage::ImageDimension;
  using RadiusType = typename TInputImage::SizeType;
  using RadiusValueType = typename RadiusType::SizeValueType;

  itkTypeMacro(BoxImageFilter, ImageToImageFilter);

  virtual void SetRadius(const RadiusType & radius)
  {
    if (m_Radius != radius)
    {
      m_Radius = radius;
      this->Modified();
    }
  }

  // Same radius in every dimension.
  void SetRadius(const RadiusValueType & radius)
  {
    RadiusType r;
    r.Fill(radius);
    this->SetRadius(r);
  }

  virtual const RadiusType & GetRadius() const { return m_Radius; }

protected:
  BoxImageFilter() { m_Radius.Fill(1); }
  ~BoxImageFilter() override = default;

  void PrintSelf(std::ostream & os, Indent indent) const override
  {
    Superclass::PrintSelf(os, indent);
    os << indent << "Radius: " << m_Radius << "\n";
  }

private:
  RadiusType m_Radius;
};
} // namespace itk
