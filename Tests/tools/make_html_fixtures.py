#!/usr/bin/env python3
"""Wraps the four corpus articles in realistic page chrome, one common layout each.

Input: `marrow clean --format json Corpus/<name>.txt` for each article (the blocks the text
cleaner reads). Output: corpus-<layout>.html in Tests/MarrowKitTests/Fixtures/html. The chrome deliberately names
diseases, causes and treatments (mega-menus, ads, comments, related links) so tests can check
that none of it becomes evidence.

    for f in Corpus/*.txt; do marrow clean --format json "$f" > /tmp/$(basename "$f" .txt).json; done
    python3 Tests/tools/make_html_fixtures.py /tmp
"""
import html, json, os, sys, textwrap

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "MarrowKitTests", "Fixtures", "html")

def esc(text, n=[0]):
    out = html.escape(text, quote=False)
    # exercise character references: every other curly apostrophe and every é as entities
    parts = out.split("\u2019")
    res = parts[0]
    for i, p in enumerate(parts[1:]):
        n[0] += 1
        res += ("&rsquo;" if n[0] % 2 else "\u2019") + p
    return res.replace("\u00e9", "&eacute;").replace("\u2014", "&#8212;")

def wrap(text, indent):
    lines = textwrap.wrap(text, 88, break_long_words=False, break_on_hyphens=False)
    return ("\n" + indent).join(lines)

def linkify(text, done=set()):
    for word in ("MRI", "Physical therapy"):
        if word in text and word not in done:
            done.add(word)
            return text.replace(word, '<a href="/tests/%s">%s</a>' % (word.lower().replace(" ", "-"), word), 1)
    return text

def body_html(blocks, indent, skip, para_tag="p", inline_ad=None, newsletter=None):
    out = []
    in_list = False
    paragraphs = 0
    for b in blocks:
        key = (b["kind"], b.get("level"), b["text"])
        if key in skip or b["text"] in skip:
            continue
        if b["kind"] == "listItem":
            if not in_list:
                out.append(indent + "<ul>")
                in_list = True
            out.append(indent + "  <li>" + esc(b["text"]) + "</li>")
            continue
        if in_list:
            out.append(indent + "</ul>")
            in_list = False
        if b["kind"] == "heading":
            lvl = min(max(b["level"], 2), 3)
            out.append("%s<h%d>%s</h%d>" % (indent, lvl, esc(b["text"]), lvl))
        else:
            paragraphs += 1
            text = linkify(esc(b["text"]))
            out.append("%s<%s>%s</%s>" % (indent, para_tag, wrap(text, indent + "  "), para_tag.split()[0]))
            if paragraphs == 2 and inline_ad:
                out.append(inline_ad)
            if paragraphs == 4 and newsletter:
                out.append(newsletter)
    if in_list:
        out.append(indent + "</ul>")
    return "\n".join(out)

MEGA_MENU = """    <nav class="mega-menu" aria-label="Health topics">
      <ul>
        <li><a href="/conditions/arthritis">Arthritis</a>
          <ul class="submenu">
            <li><a href="/conditions/osteoarthritis">Osteoarthritis</a></li>
            <li><a href="/conditions/rheumatoid-arthritis">Rheumatoid arthritis</a></li>
            <li><a href="/conditions/gout">Gout</a></li>
          </ul></li>
        <li><a href="/conditions/cancer">Cancer</a></li>
        <li><a href="/conditions/osteoporosis">Osteoporosis</a></li>
        <li><a href="/conditions/diabetes">Diabetes</a></li>
        <li><a href="/treatments/surgery">Surgery</a></li>
        <li><a href="/treatments/physical-therapy">Physical therapy</a></li>
      </ul>
    </nav>"""

COOKIE = """<div id="cookie-consent" class="cookie-banner">
  <p>We use cookies to improve your experience. By using this site you agree to our
     <a href="/privacy">Privacy Policy</a>.</p>
  <button>Accept all</button> <button>Settings</button>
</div>"""

AD = """      <div class="ad-slot ad-inline" data-ad="mid-article">
        <span class="ad-label">Advertisement</span>
        <p>New ArthroFlex gel treats bone marrow edema and osteoarthritis pain fast. Surgery is never needed!</p>
      </div>"""

NEWSLETTER = """      <div class="newsletter-box">
        <h3>Get our bone health newsletter</h3>
        <p>Steroid injections, stem cell therapy and other treatments for bone marrow edema: sign up for weekly updates.</p>
        <form action="/subscribe"><input type="email" placeholder="Email"><button>Sign up</button></form>
      </div>"""

COMMENTS = """    <section id="comments" class="comments">
      <h2>Comments (2)</h2>
      <div class="comment"><p class="comment-author">Jan</p>
        <p>My bone marrow edema was caused by chemotherapy and cured by acupuncture and homeopathy.</p></div>
      <div class="comment"><p class="comment-author">Lee</p>
        <p>Bisphosphonates treat bone marrow edema in my experience; gout causes it too.</p></div>
    </section>"""

RELATED = """      <section class="related-articles">
        <h3>Related articles</h3>
        <ul>
          <li><a href="/cancer-bone">Related: Cancer and bone marrow edema</a></li>
          <li><a href="/gout">Gout: causes and treatment</a></li>
          <li><a href="/lupus">Lupus and your bones</a></li>
        </ul>
      </section>"""

FOOTER = """  <footer class="site-footer">
    <ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li></ul>
    <p>&copy; 2024 Example Health Media. This site does not provide medical advice; diabetes, cancer and arthritis information is for education only.</p>
  </footer>"""

SHARE = """      <div class="share-bar">
        <a href="#" class="share-facebook">Share</a> <a href="#" class="share-twitter">Tweet</a> <a href="#">Pin</a> <a href="#">Email</a>
      </div>"""

def page_article(d, skip):
    title = d["metadata"]["title"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{esc(title)} | Example Health</title>
  <meta property="og:title" content="{html.escape(title)}">
  <meta property="og:site_name" content="Example Health">
  <meta name="author" content="Staff Writer">
  <meta property="article:published_time" content="2021-05-04T09:00:00Z">
  <link rel="canonical" href="https://health.example.com/bone-marrow-edema-causes">
  <style>.ad-slot {{ min-height: 250px }}</style>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"topic": "osteoarthritis surgery"}});</script>
</head>
<body>
{COOKIE}
  <header class="site-header">
    <a class="logo" href="/">Example Health</a>
{MEGA_MENU}
    <form class="search" action="/search"><input name="q"><button>Search</button></form>
  </header>
  <main>
    <article>
      <header class="article-header">
        <h1>{esc(title)}</h1>
        <p class="byline">Written by Staff Writer</p>
      </header>
{SHARE}
{body_html(d["blocks"][1:], "      ", skip, inline_ad=AD, newsletter=NEWSLETTER)}
{SHARE}
{RELATED}
    </article>
{COMMENTS}
  </main>
  <aside class="sidebar">
    <h3>Popular</h3>
    <ul><li><a href="/cancer">Cancer</a></li><li><a href="/arthritis">Arthritis</a></li><li><a href="/osteoporosis">Osteoporosis treatments</a></li></ul>
  </aside>
{FOOTER}
</body>
</html>
"""

def page_divsoup(d, skip):
    title = d["metadata"]["title"]
    blocks = body_html(d["blocks"][1:], "        ", skip, para_tag='div class="para"',
                       inline_ad='        <div class="adslot">Advertisement<br><a href="/ad">Bone pain? Steroids treat arthritis - click here</a></div>')
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - Example Answers</title>
<meta name="author" content="Jacquelyn Jeanty">
<meta name="description" content="Bone marrow edema causes and treatment">
</head>
<body>
<div id="wrap">
  <div id="top">
    <div class="logo"><a href="/">Example Answers</a></div>
    <div class="toplinks"><a href="/health">Health</a> | <a href="/arthritis">Arthritis</a> | <a href="/cancer">Cancer</a> | <a href="/diet">Diet</a> | <a href="/fitness">Fitness</a></div>
  </div>
  <div id="cols">
    <div id="left">
      <div class="box"><b>Browse</b><br><a href="/gout">Gout</a><br><a href="/lupus">Lupus</a><br><a href="/osteoporosis">Osteoporosis</a><br><a href="/surgery">Surgery</a></div>
    </div>
    <div id="center">
      <div class="crumbs"><a href="/">Home</a> &gt; <a href="/health">Health</a> &gt; Bones</div>
      <h1>{esc(title)}</h1>
      <div class="by">Written by Jacquelyn Jeanty<br>Last updated on June 14, 2017</div>
      <div class="txt">
{blocks}
      </div>
      <div class="tags">Tags: <a href="/t/bme">bone marrow edema</a>, <a href="/t/oa">osteoarthritis</a>, <a href="/t/cancer">cancer</a></div>
      <div id="user-comments"><div class="c">Surgery fixed my bone marrow edema, trust me. Gout causes it.</div></div>
    </div>
    <div id="right">
      <div class="spons"><b>Sponsored</b><br><a href="/x">Lupus treatments</a><br><a href="/y">Chemotherapy causes bone pain</a></div>
    </div>
  </div>
  <div id="bottom">Copyright 2017 Example Answers. All rights reserved. <a href="/privacy">Privacy Policy</a></div>
</div>
</body>
</html>
"""

def page_table(d, skip):
    title = d["metadata"]["title"]
    blocks = body_html(d["blocks"][1:], "      ", skip)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<TITLE>{esc(title)}</TITLE>
<META NAME="publisher" CONTENT="Cleveland Clinic">
</HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0">
  <TR><TD COLSPAN="3"><A HREF="/"><IMG SRC="logo.gif" ALT="Cleveland Clinic"></A>
    <A HREF="/health">Health Library</A> | <A HREF="/diseases">Diseases &amp; Conditions</A> | <A HREF="/find">Find a Doctor</A> | <A HREF="/appointments">Appointments</A></TD></TR>
  <TR>
    <TD WIDTH="160" VALIGN="TOP">
      <A HREF="/osteoarthritis">Osteoarthritis</A><BR>
      <A HREF="/osteoporosis">Osteoporosis</A><BR>
      <A HREF="/cancer">Bone Cancer</A><BR>
      <A HREF="/gout">Gout</A><BR>
      <A HREF="/nsaids">NSAIDs</A><BR>
    </TD>
    <TD VALIGN="TOP">
      <FONT FACE="Arial" SIZE="2"><A HREF="/health">Health Library</A> / <A HREF="/diseases">Diseases &amp; Conditions</A> / Bone Marrow Edema</FONT>
      <H1>{esc(title)}</H1>
      <TABLE CLASS="tabs"><TR><TD><A HREF="#overview">Overview</A></TD><TD><A HREF="#causes">Symptoms and Causes</A></TD><TD><A HREF="#diagnosis">Diagnosis and Tests</A></TD><TD><A HREF="#treatment">Management and Treatment</A></TD></TR></TABLE>
{blocks}
      <P><FONT SIZE="1">Last reviewed by a Cleveland Clinic medical professional on 01/03/2023.</FONT></P>
      <P><FONT SIZE="1">Last reviewed on 01/03/2023</FONT></P>
    </TD>
    <TD WIDTH="200" VALIGN="TOP">
      <DIV CLASS="promo"><B>Care at Cleveland Clinic</B><BR>Cleveland Clinic&rsquo;s primary care providers treat osteoporosis, cancer and arthritis. Steroid injections available.</DIV>
      <P><A HREF="/appt">Request an Appointment</A></P>
    </TD>
  </TR>
  <TR><TD COLSPAN="3"><FONT SIZE="1">Advertising on our site helps support our mission. &copy; 2023 Cleveland Clinic.
    <A HREF="/privacy">Privacy Policy</A></FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
"""

def page_jsonld(d, skip):
    title = "Bone Marrow Edema - Causes, Symptoms, Diagnosis, and Treatment"
    blocks = body_html(d["blocks"], "          ", skip,
                       inline_ad='          <div class="ad-container"><ins class="adsbygoogle" data-ad-slot="123"></ins><span>Advertisement</span></div>')
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "name": "iCliniq", "url": "https://www.icliniq.com"},
            {"@type": "MedicalWebPage", "headline": "What Is Bone Marrow Edema?", "name": title,
             "author": {"@type": "Person", "name": "Dr. Patil Mahaveer Jingonda"},
             "reviewedBy": {"@type": "Person", "name": "Dr. Example Reviewer"},
             "publisher": {"@type": "Organization", "name": "iCliniq"},
             "datePublished": "2023-12-12", "dateModified": "2023-12-13", "lastReviewed": "2023-12-12",
             "inLanguage": "en-US", "url": "https://www.icliniq.com/articles/bone-marrow-edema"},
        ],
    }
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | iCliniq</title>
<script type="application/ld+json">
{json.dumps(ld, indent=1)}
</script>
<link rel="stylesheet" href="/app.css">
</head>
<body>
<div id="__next">
  <div role="dialog" aria-label="Cookie consent" class="consent-overlay"><p>This website uses cookies to ensure you get the best experience.</p><a href="#">Got it</a></div>
  <div class="layout">
    <div class="topbar"><a href="/">iCliniq</a><div class="menu-items"><a href="/ask">Ask a Doctor Online</a><a href="/articles">Health articles</a><a href="/arthritis">Arthritis</a></div></div>
    <div class="breadcrumbs"><a href="/">Home</a><a href="/articles">Health articles</a><a href="/edema">edema</a><span>What Is Bone Marrow Edema?</span></div>
    <div class="content-wrapper">
      <div class="article-container">
        <h1 class="article-title">{esc(title)}</h1>
        <div class="meta-line"><span>Medically reviewed by Dr. Patil Mahaveer Jingonda</span></div>
        <div class="meta-line"><span>Published on December 12, 2023</span></div>
        <div class="social-share"><a>Facebook</a><a>Twitter</a><a>LinkedIn</a></div>
        <div class="article-body" itemprop="articleBody">
{blocks}
        </div>
        <div class="author-box"><h3>Dr. Patil Mahaveer Jingonda</h3><p>Orthopedician and Traumatology</p></div>
        <div class="tags-cloud"><a>bone marrow function</a><a>edema</a><a>cancer</a></div>
      </div>
      <div class="right-rail">
        <div class="widget trending"><h4>Trending</h4><a href="/cancer-bones">Cancer spreading to the bones causes swelling</a><a href="/gout">Gout treatment at home</a></div>
        <div class="ask-box"><p>Have a question on bone marrow edema? Ask a doctor online. *guaranteed answer within 4 hours.</p></div>
      </div>
    </div>
    <div class="community-banner"><p>Community Banner Mobile</p></div>
    <div class="page-footer"><p>&copy; 2024 iCliniq. All rights reserved.</p><a href="/terms">Terms &amp; Privacy</a></div>
  </div>
</div>
<script src="/_next/static/chunks/main.js"></script>
</body>
</html>
"""

SKIPS = {
    "000_90e332a5a9dfb434": set(),
    "001_ac7c5477277c1b41": set(),
    "002_ea57ffaf7b3f4962": {"/ Health Library", "/ Diseases & Conditions", "/ Bone Marrow Edema",
        ("heading", 3, "Bone Marrow Edema"), ("heading", 3, "Care at Cleveland Clinic"), ("heading", 3, "Overview"),
        ("heading", 3, "Symptoms and Causes"), ("heading", 3, "Diagnosis and Tests"), ("heading", 3, "Management and Treatment"),
        ("heading", 3, "Outlook / Prognosis"), ("heading", 3, "Prevention"),
        "Health Library and our editorial process."},
    "003_c46f0e6aafd4fa31": {"HomeHealth articlesedemaWhat Is Bone Marrow Edema?", "Bone Marrow Edema - Causes, Symptoms, Diagnosis, and Treatment",
        "Verified dataVerified data", "Reviewed AtDecember 12, 2023", "Dr. Patil Mahaveer Jingonda", "Orthopedician and Traumatology",
        "bone marrow functionedema", "Community Banner Mobile", "edema"},
}

def main(folder):
    layouts = [("000_90e332a5a9dfb434", "article", page_article), ("001_ac7c5477277c1b41", "divsoup", page_divsoup),
               ("002_ea57ffaf7b3f4962", "table", page_table), ("003_c46f0e6aafd4fa31", "jsonld", page_jsonld)]
    for name, layout, make in layouts:
        d = json.load(open(os.path.join(folder, name + ".json")))
        skip = SKIPS[name]
        if name == "002_ea57ffaf7b3f4962":
            # The clinic's own promo paragraph moves to the right column.
            d["blocks"] = [b for b in d["blocks"] if not b["text"].startswith("Cleveland Clinic\u2019s primary care")]
        with open(os.path.join(HERE, "corpus-%s-%s.html" % (layout, name[:3])), "w") as f:
            f.write(make(d, skip))

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp")
