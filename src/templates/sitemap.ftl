<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<#-- The sitemap protocol wants absolute URLs; site.host is where the site is published. -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list (published_content![])?sort_by("uri") as entry>
  <url>
    <loc>${config.site_host}/${entry.uri}</loc>
    <lastmod>${entry.date?string("yyyy-MM-dd")}</lastmod>
  </url>
</#list>
</urlset>
