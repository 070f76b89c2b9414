# Portolan Azure network security group rule set: Tarantella remote access
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: Network team
# Change ticket: CHG-1042
# Scope: one rule set per zone pair, firewall-relevant only. This file: Office LAN -> DMZ, 44 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# One network security group per destination zone: associate it with that zone's subnet.
# A subnet takes one NSG: to combine zone-pair files for one zone, merge their rules (priorities never collide).
# Azure's default rules still allow VirtualNetwork and AzureLoadBalancer traffic in (priorities 65000-65001);
# add a deny rule below 4096 if these flows are to be the only ones.
# Each file is a self-contained Terraform configuration; keep each in its own folder.

variable "resource_group_name" {
  description = "The resource group that holds the network security groups"
  type        = string
}

variable "location" {
  description = "The Azure region of the network security groups"
  type        = string
}

# Inbound to zone DMZ
resource "azurerm_network_security_group" "dmz" {
  name                = "nsg-portolan-office-lan-to-dmz-dmz"
  location            = var.location
  resource_group_name = var.resource_group_name
}

# R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for
#   each Tarantella array member. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for Netlet connections to a Tarantella server)
# From Office users in Office LAN: 10.10.0.0/16
# To Netlet array (netlet1) in DMZ: 10.20.0.11
resource "azurerm_network_security_rule" "dmz-r010" {
  name                        = "portolan-r010"
  description                 = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used... (Tarantel..."
  priority                    = 150
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_ranges     = ["4000", "4002", "4004", "4006", "4008", "4010", "4012", "4014", "4016", "4018", "4020", "4022", "4024", "4026", "4028", "4030", "4032", "4034", "4036", "4038"]
  source_address_prefix       = "10.10.0.0/16"
  destination_address_prefix  = "10.20.0.11"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one
#   port for each Tarantella array member. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for Netlet connections to a Tarantella server)
# From Office users in Office LAN: 10.10.0.0/16
# To Netlet array (netlet1) in DMZ: 10.20.0.11
resource "azurerm_network_security_rule" "dmz-r011" {
  name                        = "portolan-r011"
  description                 = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used... (Tarantel..."
  priority                    = 160
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_ranges     = ["4001", "4003", "4005", "4007", "4009", "4011", "4013", "4015", "4017", "4019", "4021", "4023", "4025", "4027", "4029", "4031", "4033", "4035", "4037", "4039"]
  source_address_prefix       = "10.10.0.0/16"
  destination_address_prefix  = "10.20.0.11"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R050: Standard, unencrypted HTTP requests and responses used to display webtops. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for
#   connections between client devices and Tarantella servers)
# From Office users in Office LAN: 10.10.0.0/16
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r050" {
  name                        = "portolan-r050"
  description                 = "R050: Standard, unencrypted HTTP requests and responses used to display... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 170
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "80"
  source_address_prefix       = "10.10.0.0/16"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R051: Secure, encrypted HTTPS requests and responses used to display webtops. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections
#   between client devices and Tarantella servers)
# From Office users in Office LAN: 10.10.0.0/16
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r051" {
  name                        = "portolan-r051"
  description                 = "R051: Secure, encrypted HTTPS requests and responses used to display web... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 180
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "443"
  source_address_prefix       = "10.10.0.0/16"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R052: Standard, unencrypted connections used for control and application display updates. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for
#   connections between client devices and Tarantella servers)
# From Office users in Office LAN: 10.10.0.0/16
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r052" {
  name                        = "portolan-r052"
  description                 = "R052: Standard, unencrypted connections used for control and application... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 190
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3144"
  source_address_prefix       = "10.10.0.0/16"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R053: SSL-based secure, encrypted connections to Tarantella servers which are using the Tarantella Security Pack, used for control and application display
#   updates. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between client devices and Tarantella servers)
# From Office users in Office LAN: 10.10.0.0/16
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r053" {
  name                        = "portolan-r053"
  description                 = "R053: SSL-based secure, encrypted connections to Tarantella servers whic... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 200
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "5307"
  source_address_prefix       = "10.10.0.0/16"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}
