<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<#-- An Atom feed (RFC 4287) of the pages, newest first; feeds need absolute URLs. -->
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${config.site_title}</title>
  <id>${config.site_host}/</id>
  <link href="${config.site_host}/"/>
  <link rel="self" href="${config.site_host}/feed.xml"/>
  <updated>${published_date?string("yyyy-MM-dd'T'HH:mm:ss'Z'")}</updated>
  <author><name>${config.site_author}</name></author>
<#list (published_content![])?filter(d -> (d.type!"") == "page")?sort_by("date")?reverse as entry>
<#if entry?index < 50>
  <entry>
    <title>${entry.title}</title>
    <id>${config.site_host}/${entry.uri}</id>
    <link href="${config.site_host}/${entry.uri}"/>
    <updated>${entry.date?string("yyyy-MM-dd'T'HH:mm:ss'Z'")}</updated>
    <summary>${entry.description!""}</summary>
  </entry>
</#if>
</#list>
</feed>
