<#ftl output_format="HTML">
<#--
  The one layout of the site. Every template calls <@layout.page …> and nests its main content.
  Every URL written here is relative to the page (content.rootpath leads back to the site root),
  so the site works from disk and under any sub-path.
-->
<#macro page title description>
<#assign root = content.rootpath!"">
<#assign docs = published_content![]>
<#assign currentUri = content.uri!"">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'">
<title>${title} · ${config.site_title}</title>
<meta name="description" content="${description}">
<#-- Where this page came from, so a finding in the baked page names the file to open. -->
<#if content.sourcepath??>
<meta name="handbook:source" content="${content.sourcepath}">
</#if>
<meta name="handbook:template" content="${.main_template_name}">
<link rel="stylesheet" href="${root}css/handbook.css">
<link rel="icon" href="${root}images/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="${root}feed.xml" title="${config.site_title}">
<script src="${root}js/theme.js"></script>
<script src="${root}js/search.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to the content</a>
<header class="site-header">
  <a class="site-title" href="${root}index.html">${config.site_title}</a>
  <#-- Shown by search.js: without JavaScript there is no search, and nothing pretends there is. -->
  <div class="search" role="search" data-search data-root="${root}" hidden>
    <label class="visually-hidden" for="search-input">Search the handbook</label>
    <input id="search-input" class="search-input" type="search" placeholder="Search the handbook" autocomplete="off" spellcheck="false" aria-controls="search-results" aria-describedby="search-status">
    <div class="search-panel" data-search-panel hidden>
      <p id="search-status" class="search-status" data-search-status aria-live="polite"></p>
      <ol id="search-results" class="search-results"></ol>
    </div>
  </div>
  <button type="button" class="theme-toggle" data-theme-toggle hidden>Dark theme</button>
</header>
<div class="site-body">
  <nav class="site-nav" aria-label="Handbook sections">
    <ol class="nav-sections">
    <#list docs?filter(d -> (d.type!"") == "section")?sort_by("order") as section>
      <li>
        <a class="nav-section" href="${root}${section.uri}"<#if section.uri == currentUri> aria-current="page"</#if>>${section.title}</a>
        <ol class="nav-pages">
        <#list docs?filter(d -> (d.type!"") == "page" && (d.section!"") == section.section)?sort_by("order") as entry>
          <li><a href="${root}${entry.uri}"<#if entry.uri == currentUri> aria-current="page"</#if>>${entry.title}</a></li>
        </#list>
        </ol>
      </li>
    </#list>
    </ol>
  </nav>
  <main id="main" class="content">
<#nested>
  </main>
</div>
<footer class="site-footer">
  <ul class="footer-links">
    <li><a href="${root}index.html">Home</a></li>
    <li><a href="${root}tags/index.html">All tags</a></li>
    <li><a href="${root}feed.xml">Atom feed</a></li>
<#if (config.handbook_project_reports!"false") == "true">
    <li><a href="${root}project/index.html">Project reports</a></li>
</#if>
  </ul>
  <p>Written in AsciiDoc, baked with JBake, checked at build time.</p>
</footer>
</body>
</html>
</#macro>

<#-- A page's tags, each linking to the page that lists everything with that tag. -->
<#macro tags doc>
<#if doc.tags?? && doc.tags?has_content>
<ul class="tags" aria-label="Tags">
<#list doc.tags as tag>
  <li><a href="${content.rootpath!""}tags/${tag}.html">${tag}</a></li>
</#list>
</ul>
</#if>
</#macro>

<#-- Links to the pages of one section, with their descriptions. -->
<#macro sectionPages section>
<ul class="page-list">
<#list (published_content![])?filter(d -> (d.type!"") == "page" && (d.section!"") == section)?sort_by("order") as entry>
  <li><a href="${content.rootpath!""}${entry.uri}">${entry.title}</a><#if entry.description??> <span class="page-list-description">${entry.description}</span></#if></li>
</#list>
</ul>
</#macro>
