"""English for ../declaration.py."""

DECLARATION = {
    "title": "Declaration of support for SOS Community Support Centre Pernik",
    "slug": "declaration-pernik",
    "intro": (
        "SOS Community Support Centre Pernik works without public funding. By signing, you call for "
        "the centre to be included in the map of social services and funded by the state."
    ),
    "search_description": (
        "Sign the declaration of support for SOS Community Support Centre Pernik, which runs on "
        "donations alone."
    ),
    "body": [
        (
            "paragraph",
            "<p>We, the undersigned citizens, professionals, service users and partners of SOS "
            "Community Support Centre Pernik, express our firm support for the sustainable "
            "development of this social service, which for years has given timely and professional "
            "support to children and families in the community and is run by the association "
            "SOS Children's Villages Bulgaria, and we call for it to be brought into the system of "
            "state-delegated funding under the Social Services Act.</p>"
            "<p>SOS Community Support Centre Pernik has worked in Pernik Municipality since 2016 "
            "and is the direct successor of Community Support Centre Radomir (opened in 2008), with "
            "more than 17 years of practice in supporting children and families at risk. The work "
            "of SOS Community Support Centre Pernik is licensed by the Agency for Quality of Social "
            "Services (AKSU) and fully meets the requirements of the Methodology for Providing the "
            "Social Service “Community Support Centre”.</p>"
            "<p>The centre's distinctive profile includes active community work with children in "
            "the education system (kindergartens and schools) and the use of innovative, "
            "evidence-based programmes such as “Rainbow” Rhythm Cards, Element of Play, Protective "
            "Behaviours and Emotion Regulation Skills for Adolescents.</p>"
            "<p>The work is done through a strong multidisciplinary approach with a speech "
            "therapist, a family mediator, a family counsellor, psychologists and social workers, "
            "giving interdisciplinary support where the psychosocial risk is high, including "
            "difficulties in emotional and behavioural functioning, psychological trauma and "
            "challenges in forming a secure attachment. The approach is restorative and focused on "
            "the family, on development and on lasting change in the child's system.</p>"
            "<p>In 2025 alone, SOS Community Support Centre Pernik reached more than 1,000 service "
            "users through its “Community work” service and, alongside this, supported on average "
            "more than 70 directly empowered people a month – children and parents – through "
            "individual and family work. These figures clearly show the real reach, workload and "
            "importance of the service for the local community.</p>"
            "<p>At present the centre receives no public funding, but it continues to work to a "
            "high professional standard thanks to private donations from citizens and companies. "
            "The lack of sustainable public funding puts the long-term accessibility of the service "
            "at risk, despite its proven need and effectiveness locally.</p>"
            "<p>We believe that including “SOS Community Support Centre Pernik” in the Regional and "
            "National Maps of Social Services, and then funding it as a state-delegated activity, "
            "is fully justified and necessary, not only as an institutional decision but also as a "
            "clear commitment to the children and families of Pernik Municipality to accessible, "
            "high-quality and sustainable support.</p>",
        ),
        ("heading", "Who the declaration will be presented to"),
        (
            "paragraph",
            "<p>The declaration of support will be presented to:</p>"
            "<ul><li>the Mayor of Pernik Municipality;</li>"
            "<li>the Chair of Pernik Municipal Council;</li>"
            "<li>the Regional Governor of Pernik Region;</li>"
            "<li>the Director of the Regional Social Assistance Directorate;</li>"
            "<li>the Social Assistance Agency (ASP);</li>"
            "<li>the State Agency for Child Protection (SACP);</li>"
            "<li>the Agency for Quality of Social Services (AKSU);</li>"
            "<li>the Minister of Labour and Social Policy.</li></ul>",
        ),
    ],
    "consent_text": (
        "By signing, you agree that SOS Community Support Centre Pernik will see the information "
        "you give in this form. We use it only to count the signatures and to hand them, with the "
        "declaration, to the institutions listed. Your e-mail address is never shown publicly."
    ),
    "thank_you": (
        "<p>Thank you! Your signature has been added to the declaration. If you would like to help "
        "more, tell the people around you about it.</p>"
    ),
}
