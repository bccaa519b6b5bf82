/* hashiya-test-color.c — colour differences as a reader sees them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sRGB (D65) to CIELAB, and the CIEDE2000 colour difference as given by
 * Sharma, Wu and Dalal, "The CIEDE2000 Color-Difference Formula:
 * Implementation Notes, Supplementary Test Data, and Mathematical
 * Observations", Color Research and Application 30 (1), 2005.
 */

#include "config.h"

#include <math.h>
#include <stdio.h>

#include "hashiya-test-color.h"

#define DEG(x) ((x) * 180.0 / G_PI)
#define RAD(x) ((x) * G_PI / 180.0)

static double
linearize (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
lab_f (double t)
{
  return t > 216.0 / 24389.0 ? cbrt (t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
}

/* @rgb in 0–1, gamma-encoded sRGB; the white point is D65. */
void
hashiya_test_srgb_to_lab (const double rgb[3],
                          double       lab[3])
{
  double r = linearize (rgb[0]), g = linearize (rgb[1]), b = linearize (rgb[2]);
  double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
  double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
  double fx = lab_f (x), fy = lab_f (y), fz = lab_f (z);

  lab[0] = 116.0 * fy - 16.0;
  lab[1] = 500.0 * (fx - fy);
  lab[2] = 200.0 * (fy - fz);
}

/* A hue angle in degrees, 0–360; 0 for a neutral colour. */
static double
hue_angle (double b,
           double a)
{
  double h;

  if (a == 0.0 && b == 0.0)
    return 0.0;
  h = DEG (atan2 (b, a));
  return h < 0.0 ? h + 360.0 : h;
}

/* ΔE00 with the parametric factors kL = kC = kH = 1. */
double
hashiya_test_ciede2000 (const double lab1[3],
                        const double lab2[3])
{
  double c1 = hypot (lab1[1], lab1[2]), c2 = hypot (lab2[1], lab2[2]);
  double c_mean7 = pow ((c1 + c2) / 2.0, 7.0);
  double g = 0.5 * (1.0 - sqrt (c_mean7 / (c_mean7 + pow (25.0, 7.0))));
  double a1 = (1.0 + g) * lab1[1], a2 = (1.0 + g) * lab2[1];
  double c1p = hypot (a1, lab1[2]), c2p = hypot (a2, lab2[2]);
  double h1p = hue_angle (lab1[2], a1), h2p = hue_angle (lab2[2], a2);
  double dl = lab2[0] - lab1[0], dc = c2p - c1p, dh = 0.0, dhh;
  double l_mean = (lab1[0] + lab2[0]) / 2.0, c_mean = (c1p + c2p) / 2.0, h_mean;
  double t, dtheta, rc, sl, sc, sh, rt, c_meanp7;

  if (c1p * c2p != 0.0)
    {
      dh = h2p - h1p;
      if (dh > 180.0)
        dh -= 360.0;
      else if (dh < -180.0)
        dh += 360.0;
    }
  dhh = 2.0 * sqrt (c1p * c2p) * sin (RAD (dh / 2.0));

  if (c1p * c2p == 0.0)
    h_mean = h1p + h2p;
  else if (fabs (h1p - h2p) <= 180.0)
    h_mean = (h1p + h2p) / 2.0;
  else if (h1p + h2p < 360.0)
    h_mean = (h1p + h2p + 360.0) / 2.0;
  else
    h_mean = (h1p + h2p - 360.0) / 2.0;

  t = 1.0 - 0.17 * cos (RAD (h_mean - 30.0)) + 0.24 * cos (RAD (2.0 * h_mean)) +
      0.32 * cos (RAD (3.0 * h_mean + 6.0)) - 0.20 * cos (RAD (4.0 * h_mean - 63.0));
  dtheta = 30.0 * exp (-pow ((h_mean - 275.0) / 25.0, 2.0));
  c_meanp7 = pow (c_mean, 7.0);
  rc = 2.0 * sqrt (c_meanp7 / (c_meanp7 + pow (25.0, 7.0)));
  sl = 1.0 + 0.015 * pow (l_mean - 50.0, 2.0) / sqrt (20.0 + pow (l_mean - 50.0, 2.0));
  sc = 1.0 + 0.045 * c_mean;
  sh = 1.0 + 0.015 * c_mean * t;
  rt = -sin (RAD (2.0 * dtheta)) * rc;

  return sqrt (pow (dl / sl, 2.0) + pow (dc / sc, 2.0) + pow (dhh / sh, 2.0) + rt * (dc / sc) * (dhh / sh));
}

/* "#rrggbb" to 0–1 channels. */
gboolean
hashiya_test_parse_hex (const char *color,
                        double      rgb[3])
{
  unsigned int r, g, b;

  if (color == NULL || sscanf (color, "#%02x%02x%02x", &r, &g, &b) != 3)
    return FALSE;
  rgb[0] = r / 255.0;
  rgb[1] = g / 255.0;
  rgb[2] = b / 255.0;
  return TRUE;
}

/* @color painted with @alpha over an opaque @background, as cairo and GTK
 * blend: in gamma-encoded sRGB. */
void
hashiya_test_composite (const double color[3],
                        double       alpha,
                        const double background[3],
                        double       result[3])
{
  for (guint i = 0; i < 3; i++)
    result[i] = alpha * color[i] + (1.0 - alpha) * background[i];
}
