package com.complianceportal.assessment.local;

import java.util.List;

/** Names, places and words the demo register is made of. */
final class DemoVocabulary {

    /** A country with its dialling code, weight among assessed sites and some of its cities. */
    record Country(String code, String dialCode, int weight, List<String> cities, List<String> provinces) {
    }

    /** A standard with its version, whether it counts findings (issue-based) and its typical reasons. */
    record StandardSpec(String name, String version, boolean issueBased, String workflow) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("CN", "+86", 22, List.of("Shanghai", "Guangzhou", "Dongguan", "Ningbo", "Shenzhen", "Xiamen"),
                    List.of("Shanghai", "Guangdong", "Guangdong", "Zhejiang", "Guangdong", "Fujian")),
            new Country("BD", "+880", 12, List.of("Dhaka", "Chattogram", "Gazipur", "Narayanganj"),
                    List.of("Dhaka", "Chattogram", "Dhaka", "Dhaka")),
            new Country("VN", "+84", 10, List.of("Ho Chi Minh City", "Hanoi", "Hai Phong", "Binh Duong"),
                    List.of("Ho Chi Minh", "Hanoi", "Hai Phong", "Binh Duong")),
            new Country("IN", "+91", 10, List.of("Tiruppur", "Bengaluru", "New Delhi", "Mumbai", "Chennai"),
                    List.of("Tamil Nadu", "Karnataka", "Delhi", "Maharashtra", "Tamil Nadu")),
            new Country("TR", "+90", 7, List.of("Istanbul", "Izmir", "Bursa", "Denizli"),
                    List.of("Istanbul", "Izmir", "Bursa", "Denizli")),
            new Country("PK", "+92", 5, List.of("Karachi", "Lahore", "Faisalabad", "Sialkot"),
                    List.of("Sindh", "Punjab", "Punjab", "Punjab")),
            new Country("KH", "+855", 4, List.of("Phnom Penh", "Kampong Speu"), List.of("Phnom Penh", "Kampong Speu")),
            new Country("ID", "+62", 5, List.of("Jakarta", "Bandung", "Semarang"),
                    List.of("Jakarta", "West Java", "Central Java")),
            new Country("IT", "+39", 3, List.of("Prato", "Milan", "Biella"), List.of("Tuscany", "Lombardy", "Piedmont")),
            new Country("PT", "+351", 3, List.of("Porto", "Braga", "Guimaraes"), List.of("Porto", "Braga", "Braga")),
            new Country("MX", "+52", 3, List.of("Puebla", "Monterrey", "Leon"),
                    List.of("Puebla", "Nuevo Leon", "Guanajuato")),
            new Country("US", "+1", 5, List.of("Los Angeles", "New York", "Charlotte", "Dallas"),
                    List.of("CA", "NY", "NC", "TX")),
            new Country("DE", "+49", 3, List.of("Hamburg", "Stuttgart", "Bielefeld"),
                    List.of("Hamburg", "Baden-Wuerttemberg", "North Rhine-Westphalia")),
            new Country("LK", "+94", 2, List.of("Colombo", "Katunayake"), List.of("Western", "Western")),
            new Country("MA", "+212", 2, List.of("Tangier", "Casablanca"),
                    List.of("Tanger-Tetouan-Al Hoceima", "Casablanca-Settat")),
            new Country("ET", "+251", 1, List.of("Addis Ababa", "Hawassa"), List.of("Addis Ababa", "Sidama")),
            new Country("TH", "+66", 2, List.of("Bangkok", "Chonburi"), List.of("Bangkok", "Chonburi")),
            new Country("BR", "+55", 1, List.of("Sao Paulo", "Blumenau"), List.of("Sao Paulo", "Santa Catarina")));

    static final List<StandardSpec> STANDARDS = List.of(
            new StandardSpec("Environmental Audit", "6.1", true, "Standard Audit"),
            new StandardSpec("Social Compliance Audit", "4.0", true, "Standard Audit"),
            new StandardSpec("Health and Safety Audit", "5.2", true, "Standard Audit"),
            new StandardSpec("Chemical Management", "1.2", true, "Desk Review"),
            new StandardSpec("Factory Information", "2.3", false, "Factory Information"),
            new StandardSpec("Supplier Self-Assessment", "3.0", false, "Self Assessment Questionnaire"));

    /** Status weights in per mille, in the order of {@code AssessmentVocabulary.STATUSES}. */
    static final int[] STATUS_WEIGHTS = {100, 200, 300, 250, 50, 50, 50};

    static final List<String> REASONS = List.of("Annual Audit", "Initial Audit", "Follow-up Audit",
            "Re-certification", "Complaint", "Customer Request");
    static final List<String> RATINGS = List.of("Excellent", "Good", "Acceptable", "Needs Improvement", "Poor");
    static final List<String> SCHEDULING = List.of("Unscheduled", "Scheduled", "Confirmed");

    static final List<String> NAME_FIRST = List.of("Golden", "Pacific", "Eastern", "Blue", "Green", "Silver",
            "Royal", "Sunrise", "Northern", "Delta", "Grand", "United", "Prime", "Crystal", "Evergreen", "Lotus",
            "Harbor", "Summit", "Oriental", "Bright", "Noble", "Jade", "Crescent", "Lakeside", "Meridian");
    static final List<String> NAME_SECOND = List.of("River", "Star", "Ocean", "Valley", "Bridge", "Thread", "Loom",
            "Leaf", "Stone", "Crown", "Phoenix", "Lion", "Orchid", "Horizon", "Mountain", "Harvest", "Pearl", "Wave");
    static final List<String> NAME_KIND = List.of("Textiles", "Garments", "Apparel", "Knitting", "Dyeing",
            "Footwear", "Leather", "Packaging", "Plastics", "Electronics", "Furniture", "Home Goods", "Toys",
            "Accessories", "Printing");
    static final List<String> LEGAL = List.of("Co., Ltd.", "Ltd.", "Limited", "Inc.", "S.A.", "GmbH", "Pvt. Ltd.",
            "JSC");

    static final List<String> REQUESTERS = List.of("Northwind Retail Group", "Contoso Apparel", "Fabrikam Home",
            "Tailspin Outdoor", "Wide World Importers", "Adventure Works Sports", "Litware Fashion", "Proseware Kids",
            "Coho Living", "Alpine Ski House", "Trey Brands", "Woodgrove Stores");
    static final List<String> AUDIT_FIRMS = List.of("Veritas Assurance Services", "Cardinal Audit Partners",
            "Globe Compliance Inspections", "Meridian Quality Control", "Sentinel Social Audits",
            "Atlas Verification", "Keystone Conformity", "Northstar Inspection Services", "Clearview Assessments",
            "Harbourline Certification", "Integra Supply Chain Audits", "Trueline Assurance");
    static final List<String> AGENTS = List.of("Far East Sourcing Agency", "Bosphorus Trading", "Ganges Sourcing",
            "Mekong Supply Partners", "Atlantic Buying Office", "Silk Road Merchandising", "Andes Trade Partners",
            "Levant Sourcing House");

    static final List<String> FIRST_NAMES = List.of("Anna", "Wei", "Li", "Rahim", "Nusrat", "Minh", "Thi", "Priya",
            "Arjun", "Elif", "Mehmet", "Ayesha", "Bilal", "Sokha", "Dewi", "Marco", "Giulia", "Joao", "Ana", "Carlos",
            "Sofia", "Emily", "James", "Lukas", "Hannah", "Nimal", "Fatima", "Youssef", "Abebe", "Somchai", "Lucas",
            "Mei", "Tariq", "Ines", "Daniel", "Olivia");
    static final List<String> LAST_NAMES = List.of("Chen", "Wang", "Zhang", "Hossain", "Rahman", "Nguyen", "Tran",
            "Sharma", "Patel", "Yilmaz", "Demir", "Khan", "Malik", "Chan", "Santoso", "Rossi", "Bianchi", "Silva",
            "Costa", "Garcia", "Lopez", "Smith", "Johnson", "Mueller", "Schmidt", "Perera", "Alami", "Bekele",
            "Suzuki", "Kowalski", "Haddad", "Okafor", "Lindqvist", "Moreau");
    static final List<String> SITE_TITLES = List.of("Compliance Manager", "General Manager", "HR Manager",
            "EHS Officer", "Factory Director", "Quality Manager");
    static final List<String> FIRM_TITLES = List.of("Lead Auditor", "Auditor", "Operations Coordinator",
            "Account Manager");
    static final List<String> BUYER_TITLES = List.of("Sustainability Manager", "Sourcing Manager",
            "Responsible Sourcing Lead");

    static final List<String> AREA_CATEGORIES = List.of("Health & Safety", "Wages & Hours", "Environment",
            "Chemicals", "Management Systems", "Working Hours", "Fire Safety", "Documentation");
    static final List<String> AREA_TITLES = List.of("Emergency exits partly blocked by stored goods",
            "Overtime above the legal limit in peak season", "Wastewater discharge records incomplete",
            "Chemical containers without safety data sheets", "No documented grievance procedure",
            "First-aid kits incomplete on two floors", "Fire drill not held in the last six months",
            "Personal protective equipment not worn in the dye house", "Payslips do not itemise deductions",
            "Air emission permit expired", "Machine guarding missing on cutting machines",
            "Young worker records incomplete");
    static final List<String> PRIORITIES = List.of("High", "Medium", "Low");

    private DemoVocabulary() {
    }
}
