/* test-colors.c — the colour difference formula, and the default
 * catalogue's colours told apart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "hashiya-test-color.h"
#include "hashiya-test-util.h"

/* Table 1 of Sharma, Wu and Dalal (2005): L*a*b* pairs and their ΔE00,
 * printed to four decimals. They catch the hue and mean-hue corner cases
 * that a plausible implementation gets wrong. */
static const double sharma[][7] = {
  { 50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425 },
  { 50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615 },
  { 50.0000, 2.8361, -74.0200, 50.0000, 0.0000, -82.7485, 3.4412 },
  { 50.0000, -1.3802, -84.2814, 50.0000, 0.0000, -82.7485, 1.0000 },
  { 50.0000, -1.1848, -84.8006, 50.0000, 0.0000, -82.7485, 1.0000 },
  { 50.0000, -0.9009, -85.5211, 50.0000, 0.0000, -82.7485, 1.0000 },
  { 50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669 },
  { 50.0000, -1.0000, 2.0000, 50.0000, 0.0000, 0.0000, 2.3669 },
  { 50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0009, 7.1792 },
  { 50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0010, 7.1792 },
  { 50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0011, 7.2195 },
  { 50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0012, 7.2195 },
  { 50.0000, -0.0010, 2.4900, 50.0000, 0.0009, -2.4900, 4.8045 },
  { 50.0000, -0.0010, 2.4900, 50.0000, 0.0010, -2.4900, 4.8045 },
  { 50.0000, -0.0010, 2.4900, 50.0000, 0.0011, -2.4900, 4.7461 },
  { 50.0000, 2.5000, 0.0000, 50.0000, 0.0000, -2.5000, 4.3065 },
  { 50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492 },
  { 50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977 },
  { 50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030 },
  { 50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535 },
  { 50.0000, 2.5000, 0.0000, 50.0000, 3.1736, 0.5854, 1.0000 },
  { 50.0000, 2.5000, 0.0000, 50.0000, 3.2972, 0.0000, 1.0000 },
  { 50.0000, 2.5000, 0.0000, 50.0000, 1.8634, 0.5757, 1.0000 },
  { 50.0000, 2.5000, 0.0000, 50.0000, 3.2592, 0.3350, 1.0000 },
  { 60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644 },
  { 63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.2630 },
  { 61.2901, 3.7196, -5.3901, 61.4292, 2.2480, -4.9620, 1.8731 },
  { 35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645 },
  { 22.7233, 20.0904, -46.6940, 23.0331, 14.9730, -42.5619, 2.0373 },
  { 36.4612, 47.8580, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146 },
  { 90.8027, -2.0831, 1.4410, 91.1528, -1.6435, 0.0447, 1.4441 },
  { 90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381 },
  { 6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377 },
  { 2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082 },
};

static void
test_colors_ciede2000 (void)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (sharma) == 34);

  for (guint i = 0; i < G_N_ELEMENTS (sharma); i++)
    {
      double forward = hashiya_test_ciede2000 (sharma[i], sharma[i] + 3);
      double backward = hashiya_test_ciede2000 (sharma[i] + 3, sharma[i]);

      g_test_message ("pair %u: %.4f, published %.4f", i + 1, forward, sharma[i][6]);
      g_assert_cmpfloat_with_epsilon (forward, sharma[i][6], 0.5e-4);
      g_assert_cmpfloat_with_epsilon (backward, forward, 1e-9);
    }

  /* The conversion from sRGB: white, black and a mid grey. */
  {
    double lab[3];

    hashiya_test_srgb_to_lab ((const double[]) { 1.0, 1.0, 1.0 }, lab);
    g_assert_cmpfloat_with_epsilon (lab[0], 100.0, 1e-3);
    g_assert_cmpfloat_with_epsilon (lab[1], 0.0, 1e-3);
    g_assert_cmpfloat_with_epsilon (lab[2], 0.0, 1e-3);
    hashiya_test_srgb_to_lab ((const double[]) { 0.0, 0.0, 0.0 }, lab);
    g_assert_cmpfloat_with_epsilon (lab[0], 0.0, 1e-9);
    /* #777777 is L* 50.0 (Bruce Lindbloom's calculator). */
    hashiya_test_srgb_to_lab ((const double[]) { 0x77 / 255.0, 0x77 / 255.0, 0x77 / 255.0 }, lab);
    g_assert_cmpfloat_with_epsilon (lab[0], 50.03, 0.01);
  }
}

/* Every two actors of the default catalogue look different: their own
 * colours (a swatch, an underline) differ by ΔE00 ≥ 10. What the text
 * shows, a highlight over the page, is checked in the window's tests. */
static void
test_colors_default_catalogue (void)
{
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  guint n = hashiya_catalog_get_n_actors (catalog);
  double *lab = g_new (double, 3 * n);
  double closest = G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      double rgb[3];

      g_assert_true (hashiya_test_parse_hex (hashiya_actor_get_color (hashiya_catalog_get_actor (catalog, i)), rgb));
      hashiya_test_srgb_to_lab (rgb, lab + 3 * i);
    }
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        double difference = hashiya_test_ciede2000 (lab + 3 * i, lab + 3 * j);

        if (difference < 10.0)
          g_error ("“%s” and “%s” differ by ΔE00 %.1f only",
                   hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, i)),
                   hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, j)), difference);
        closest = MIN (closest, difference);
      }
  g_test_message ("closest pair: ΔE00 %.1f", closest);
  g_free (lab);
}

/* WCAG 2 relative luminance of an sRGB colour. */
static double
luminance (const double rgb[3])
{
  double linear[3];

  for (guint i = 0; i < 3; i++)
    linear[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
}

static double
contrast (const double a[3],
          const double b[3])
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* The four quad classes of the built-in relation catalogue: told apart
 * (ΔE00 ≥ 20), and each a line or a swatch that reads on the light and
 * the dark page (3:1, WCAG's contrast for graphics). */
static void
test_colors_quad_classes (void)
{
  static const double light[3] = { 0xfa / 255.0, 0xfa / 255.0, 0xfa / 255.0 };
  static const double dark[3] = { 0x24 / 255.0, 0x24 / 255.0, 0x24 / 255.0 };
  g_autoptr(HashiyaRelationCatalog) catalog = hashiya_relation_catalog_new_default ();
  double rgb[4][3], lab[4][3];

  for (guint q = 0; q < 4; q++)
    {
      const char *color = hashiya_relation_catalog_get_quad_color (catalog, q);

      g_assert_true (hashiya_test_parse_hex (color, rgb[q]));
      hashiya_test_srgb_to_lab (rgb[q], lab[q]);
      g_test_message ("%s: %.2f on light, %.2f on dark", color, contrast (rgb[q], light), contrast (rgb[q], dark));
      g_assert_cmpfloat (contrast (rgb[q], light), >=, 3.0);
      g_assert_cmpfloat (contrast (rgb[q], dark), >=, 3.0);
    }
  for (guint i = 0; i < 4; i++)
    for (guint j = i + 1; j < 4; j++)
      g_assert_cmpfloat (hashiya_test_ciede2000 (lab[i], lab[j]), >=, 20.0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/colors/ciede2000", test_colors_ciede2000);
  g_test_add_func ("/colors/default-catalogue", test_colors_default_catalogue);
  g_test_add_func ("/colors/quad-classes", test_colors_quad_classes);

  return g_test_run ();
}
