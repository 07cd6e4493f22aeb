// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title DevRLC: the mintable ERC-20 used as money on the dev chain (9 decimals).
/// @notice The hub works with any ERC-20; this one exists so a dev chain has a token whose
///         supply its owner can grow for tests and demos.
contract Token {
    string public constant name = "Dev RLC";
    string public constant symbol = "DRLC";
    uint8 public constant decimals = 9;

    uint256 public totalSupply;
    address public owner;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    constructor() {
        owner = msg.sender;
    }

    /// @notice Creates `amount` tokens for `to`; only the owner may mint.
    function mint(address to, uint256 amount) external {
        require(msg.sender == owner, "token: not the owner");
        require(to != address(0), "token: mint to the zero address");
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        _transfer(msg.sender, to, amount);
        return true;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        if (allowed != type(uint256).max) {
            require(allowed >= amount, "token: allowance too low");
            allowance[from][msg.sender] = allowed - amount;
        }
        _transfer(from, to, amount);
        return true;
    }

    function _transfer(address from, address to, uint256 amount) private {
        require(to != address(0), "token: transfer to the zero address");
        uint256 have = balanceOf[from];
        require(have >= amount, "token: balance too low");
        unchecked {
            balanceOf[from] = have - amount;
        }
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
    }
}
